namespace Oa.Host.Identity;

/// <summary>总部 staff punch at headquarters; 驻地 staff work at a customer's site with that customer's hours.</summary>
public enum WorkLocation
{
    Headquarters = 0,
    OnSite = 1,
}
