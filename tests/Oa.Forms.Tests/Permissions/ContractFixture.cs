using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;
using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Permissions;

// A contract approval after the start node: finance may edit its opinion only; cost and margin
// (and the profit computed from them) are confidential to the approver's node.
internal static class ContractFixture
{
    public static FormSchema Schema => TestForms.Load("Permissions/contract.form");

    public static JsonObject Stored() => TestForms.Obj("""
        {
          "title": "采购合同", "amount": 120000, "margin": 0.35,
          "finance": { "bank": "工商银行", "account": "6222000011112222" },
          "items": [ { "desc": "服务器", "price": 100000, "cost": 70000 }, { "desc": "安装", "price": 20000, "cost": 8000 } ],
          "total": 120000, "profit": 42000,
          "initiatorSalary": 99999
        }
        """);

    public static FieldPermissions ReviewerNode => FieldPermissions.ForNode(isStartNode: false, new Dictionary<string, FieldAccess>
    {
        ["opinion"] = FieldAccess.Editable,
        ["margin"] = FieldAccess.Hidden,
        ["items.cost"] = FieldAccess.Hidden,
        ["profit"] = FieldAccess.Hidden,
        ["finance.account"] = FieldAccess.Hidden,
    });
}
