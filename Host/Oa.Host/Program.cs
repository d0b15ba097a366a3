using Oa.Host.Hosting;

return await OaApp.RunAsync(args);

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
