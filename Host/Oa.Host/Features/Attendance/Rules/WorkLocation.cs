namespace Oa.Host.Features.Attendance.Rules;

// 驻地人员工作时间参照所在环保局时间，总部人员参照公司考勤制度。
public enum WorkLocation
{
    Headquarters,
    OnSite,
}
