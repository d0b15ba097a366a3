namespace Oa.Host.Identity;

public static class Policies
{
    public const string Admin = "admin";
    public const string ProcessAdmin = "process-admin";
}
