namespace Oa.Bench;

// Command line: `w1|w2|profile [--instances N] [--rounds R] [--no-peer] [--smoke] [--workers W]
// [--sqlite-instances N] [--peer-timeout S] [--note TEXT] [--out DIR]`.
public sealed record Options
{
    public string Workload { get; init; } = "w1";
    public int Instances { get; init; } = 2000;
    public int? SqliteInstances { get; init; }
    public int Rounds { get; init; } = 5;
    public int Workers { get; init; } = 4;
    public bool Peer { get; init; } = true;
    public bool Smoke { get; init; }
    public int PeerTimeoutSeconds { get; init; } = 900; // a peer persist run of 2,000 took ~2 min at load 15
    public string? Note { get; init; }
    public string? OutDir { get; init; }
    public bool SqliteFull { get; init; } = true;
    // The product's EF store modes of W1 (ours-ef-*); PostgreSQL only when a server is given.
    public bool Ef { get; init; } = true;
    public int? EfInstances { get; init; }
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("OA_BENCH_POSTGRES");
    public string PostgresServerLabel => Postgres is null ? "-" : new Npgsql.NpgsqlConnectionStringBuilder(Postgres) is var b ? $"{b.Host}:{b.Port}" : "";
    // W3/W5/W6/W4/http sizes.
    public int[] Tasks { get; init; } = [100_000, 1_000_000];
    public int[] Completed { get; init; } = [0, 100_000, 1_000_000];
    public int Timers { get; init; } = 10_000;
    public int Employees { get; init; } = 2000;
    public int Queries { get; init; } = 1000;
    public int Clients { get; init; } = 50;
    public int DurationSeconds { get; init; } = 30;
    public int Port { get; init; } = 5101;
    public int HttpTasks { get; init; } = 10_000;
    public int PollSeconds { get; init; } = 5;
    public double AnomalyRate { get; init; } = 0.01; // W4: share of employee-days late, missing a punch or absent // the product's Timers:PollSeconds default

    private static int[] Ints(string s) => s.Split(',').Select(x => int.Parse(x.Replace("k", "000").Replace("M", "000000"))).ToArray();

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "w1" or "w2" or "profile" or "w3" or "w4" or "w5" or "w6" or "http" => o with { Workload = args[i] },
                "--no-ef" => o with { Ef = false },
                "--ef-instances" => o with { EfInstances = int.Parse(Next()) },
                "--postgres" => o with { Postgres = Next() },
                "--tasks" => o with { Tasks = Ints(Next()) },
                "--completed" => o with { Completed = Ints(Next()) },
                "--timers" => o with { Timers = int.Parse(Next()) },
                "--employees" => o with { Employees = int.Parse(Next()) },
                "--queries" => o with { Queries = int.Parse(Next()) },
                "--clients" => o with { Clients = int.Parse(Next()) },
                "--duration" => o with { DurationSeconds = int.Parse(Next()) },
                "--anomaly-rate" => o with { AnomalyRate = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--poll-seconds" => o with { PollSeconds = int.Parse(Next()) },
                "--http-tasks" => o with { HttpTasks = int.Parse(Next()) },
                "--port" => o with { Port = int.Parse(Next()) },
                "--instances" => o with { Instances = int.Parse(Next()) },
                "--sqlite-instances" => o with { SqliteInstances = int.Parse(Next()) },
                "--rounds" => o with { Rounds = int.Parse(Next()) },
                "--workers" => o with { Workers = int.Parse(Next()) },
                "--no-peer" => o with { Peer = false },
                "--no-sqlite-full" => o with { SqliteFull = false },
                "--smoke" => o with { Smoke = true },
                "--peer-timeout" => o with { PeerTimeoutSeconds = int.Parse(Next()) },
                "--note" => o with { Note = Next() },
                "--out" => o with { OutDir = Next() },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }
        // Smoke: a seconds-long sanity run for CI, no peer, nothing written unless --out is given.
        return o.Smoke ? o with { Instances = 20, SqliteInstances = 20, EfInstances = 20, Rounds = 1, Peer = false,
            Tasks = [2_000], Completed = [0, 2_000], Timers = 200, Employees = 20, Queries = 50, Clients = 4, DurationSeconds = 3, HttpTasks = 200 } : o;
    }
}
