using Oa.Host.Data.Engine;

namespace Oa.Bench.HostBench;

// W3's open tasks: 5,000 users and 50 groups, both Zipf(1.0). Three quarters of the tasks are assigned to one user;
// the rest sit in a group's pool (candidate group, half of them also offered to one candidate user). Created times
// spread over a year; 30% have a due date within 30 days of creation. Deterministic for a given seed and count.
public sealed class InboxSeed(int seed = 9)
{
    public const int Users = 5000;
    public const int Groups = 50;
    private readonly Random _random = new(seed);
    private readonly Zipf _users = new(Users, 1.0, new Random(seed + 1));
    private readonly Zipf _groups = new(Groups, 1.0, new Random(seed + 2));
    private readonly Random _due = new(seed + 3); // its own stream, so adding due dates left every other value as it was
    private int _serial;

    public static string User(int rank) => $"u{rank + 1:00000}";
    public static string Group(int rank) => $"g{rank + 1:00}";

    public async Task<long> AddAsync(HostHarness host, int count)
    {
        var end = DateTimeOffset.UtcNow;
        long rows = 0;
        for (var done = 0; done < count; done += 50_000)
        {
            var chunk = Enumerable.Range(0, Math.Min(50_000, count - done)).Select(_ => Next(end)).ToList();
            rows += await BulkInsert.RunAsync(host, chunk);
            rows += await BulkInsert.RunAsync(host, chunk.SelectMany(t => t.Candidates).ToList());
            Console.Error.WriteLine($"  seeded {done + chunk.Count:N0} / {count:N0} open tasks  load {Measure.MachineInfo.LoadAverage()}");
        }
        return rows;
    }

    private WorkTask Next(DateTimeOffset end)
    {
        var n = ++_serial;
        var id = $"seed-{n:0000000}-{_random.Next():x8}";
        var task = new WorkTask
        {
            Id = id, InstanceId = $"seed-inst-{n:0000000}", ElementId = "approve", Name = "审批", Status = WorkTaskStatus.Open,
            CreatedAt = end.AddSeconds(-_random.Next(365 * 24 * 3600)), ProcessKey = "leave", ProcessName = "请假申请",
            InstanceTitle = $"请假申请 {n}", SerialNo = $"QJ{n:0000000}", Initiator = User(_users.Next()),
        };
        if (_due.NextDouble() < 0.3) task.DueAt = task.CreatedAt.AddSeconds(_due.Next(30 * 24 * 3600));
        if (_random.NextDouble() < 0.75) task.Assignee = User(_users.Next());
        else
        {
            task.Candidates.Add(new TaskCandidate { TaskId = id, Kind = CandidateKind.Group, Value = Group(_groups.Next()) });
            if (_random.NextDouble() < 0.5) task.Candidates.Add(new TaskCandidate { TaskId = id, Kind = CandidateKind.User, Value = User(_users.Next()) });
        }
        return task;
    }
}
