using Oa.Forms.Schema;

namespace Oa.Host.Engine;

public sealed record PublishedForm(string FormId, int Version, string Json, FormSchema Schema);
