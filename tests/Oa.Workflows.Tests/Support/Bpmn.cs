namespace Oa.Workflows.Tests.Support;

// Inline models for parser tests: wraps process content in definitions with the usual namespaces.
public static class Bpmn
{
    public static string Wrap(string processContent, string extra = "", string id = "p") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="defs" targetNamespace="http://oa.dev/test">
          {extra}
          <bpmn:process id="{id}" isExecutable="true">
          {processContent}
          </bpmn:process>
        </bpmn:definitions>
        """;
}
