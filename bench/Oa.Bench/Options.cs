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

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "w1" or "w2" or "profile" => o with { Workload = args[i] },
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
        return o.Smoke ? o with { Instances = 20, SqliteInstances = 20, Rounds = 1, Peer = false } : o;
    }
}
