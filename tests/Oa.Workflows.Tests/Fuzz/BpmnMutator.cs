using System.Text;
using System.Xml.Linq;

namespace Oa.Workflows.Tests.Fuzz;

/// <summary>
/// Seeded damage to real models: byte-level (cut, duplicate, splice, flip) and tree-level (drop, clone, rename,
/// re-point flows, poison attributes and expressions), so both the XML layer and the validator see hostile input.
/// </summary>
public sealed class BpmnMutator(Random random)
{
    private static readonly string[] ElementNames =
    [
        "startEvent", "endEvent", "userTask", "serviceTask", "receiveTask", "scriptTask", "subProcess", "callActivity",
        "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "intermediateCatchEvent",
        "intermediateThrowEvent", "boundaryEvent", "sequenceFlow", "timerEventDefinition", "messageEventDefinition",
        "errorEventDefinition", "terminateEventDefinition", "multiInstanceLoopCharacteristics", "conditionExpression",
        "timeDuration", "timeDate", "timeCycle", "completionCondition", "process", "definitions", "laneSet", "bogus",
    ];

    private static readonly string[] Poison =
    [
        "", " ", "\u0000", "x", "Start", "Task_1", "=", "= 1 +", "=a.b.c[", "PT", "P-1D", "R-1/PT1S", "R999999999/PT0S", "PT0S",
        "2026-13-45T99:99:99Z", "99999999999999999999", "-1", "NaN", "${x}", "#{x}", "true", "=null", "= [1,2", "=for x in 1..1000000000 return x",
        "<", "&amp;", "'", "\"", "oa:process", "zeebe:taskDefinition", new string('a', 5000), "名字", "\uD800",
    ];

    private static readonly string[] Attributes =
    [
        "id", "sourceRef", "targetRef", "attachedToRef", "default", "cancelActivity", "isSequential", "name", "calledElement",
        "messageRef", "errorRef", "isExecutable", "type", "assignee", "candidateGroups", "formId", "collection", "elementVariable",
    ];

    public string Mutate(string xml)
    {
        var steps = random.Next(1, 5);
        for (var i = 0; i < steps; i++)
        {
            // Poison such as NUL is legal in a string but not in XML: the writer refuses it, and text damage is used instead.
            try { xml = random.Next(3) == 0 ? MutateText(xml) : MutateTree(xml); }
            catch (ArgumentException) { xml = MutateText(xml); }
        }
        return xml;
    }

    private string MutateText(string xml)
    {
        if (xml.Length == 0) return Poison[random.Next(Poison.Length)];
        var at = random.Next(xml.Length);
        var len = Math.Min(xml.Length - at, random.Next(1, 64));
        return random.Next(5) switch
        {
            0 => xml.Remove(at, len),
            1 => xml.Insert(at, xml.Substring(random.Next(xml.Length - len + 1), len)),
            2 => xml.Insert(at, Poison[random.Next(Poison.Length)]),
            3 => xml[..at] + (char)random.Next(0, 0x3000) + xml[(at + 1)..],
            _ => xml[..at],
        };
    }

    private string MutateTree(string xml)
    {
        XDocument doc;
        try { doc = XDocument.Parse(xml); } catch (Exception) { return MutateText(xml); }
        var all = doc.Descendants().ToList();
        if (all.Count == 0) return MutateText(xml);
        var target = all[random.Next(all.Count)];
        switch (random.Next(7))
        {
            case 0 when target.Parent is not null: target.Remove(); break;
            case 1 when target.Parent is not null: target.AddAfterSelf(new XElement(target)); break;
            case 2: target.Name = target.Name.Namespace + ElementNames[random.Next(ElementNames.Length)]; break;
            case 3: target.SetAttributeValue(Attributes[random.Next(Attributes.Length)], SomeId(all) ?? Poison[random.Next(Poison.Length)]); break;
            case 4: target.SetAttributeValue(Attributes[random.Next(Attributes.Length)], Poison[random.Next(Poison.Length)]); break;
            case 5:
                var child = new XElement(target.Name.Namespace + ElementNames[random.Next(ElementNames.Length)], new XAttribute("id", "Fz" + random.Next(100)));
                if (random.Next(2) == 0) child.Value = Poison[random.Next(Poison.Length)];
                target.Add(child);
                break;
            default:
                var moved = all[random.Next(all.Count)];
                if (moved != target && moved.Parent is not null && !target.AncestorsAndSelf().Contains(moved)) { moved.Remove(); target.Add(moved); }
                break;
        }
        return doc.ToString(SaveOptions.DisableFormatting);
    }

    private string? SomeId(List<XElement> all)
    {
        var ids = all.Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        return ids.Count == 0 ? null : ids[random.Next(ids.Count)];
    }
}
