namespace Oa.Workflows.Model;

public enum EventKind { None, Timer, Message, Error, Terminate }
