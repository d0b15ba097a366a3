namespace Oa.Workflows.Ports;

public enum ApproveMode
{
    All,        // 会签: parallel, every assignee must complete
    Any,        // 或签: parallel, the first completion decides and cancels the rest
    Sequential, // 依次: one assignee after another, in list order
    Ratio,      // parallel until approved/total reaches PassRatio
}
