namespace Oa.Feel.Tests.Conformance;

// Where feelin departs from the DMN 1.4 FEEL specification or Camunda 8's documented built-ins,
// Oa.Feel follows the specification. Each class names the corpus entries it explains.
internal static class IntentionalDifferences
{
    public sealed record DifferenceClass(string Name, string Reason, string[] Ids);

    public static readonly DifferenceClass[] Classes =
    [
        new("decimal vs double",
            "FEEL numbers are decimals (DMN 1.4 10.3.2.3.1: 0.1 + 0.2 = 0.3); feelin computes with JavaScript doubles.",
            ["arithmetic-024", "arithmetic-025", "arithmetic-026", "misc-009"]),
        new("different types are not comparable",
            "DMN 1.4 10.3.2.2: comparing values of different types (or ordering booleans) is null; feelin answers true/false or throws.",
            ["comparison-017", "comparison-018", "comparison-019", "gen-comparison-004", "gen-comparison-010", "gen-comparison-016",
             "gen-comparison-022", "gen-comparison-034"]),
        new("Camunda built-in missing in feelin",
            "Camunda 8 documents is defined, get or else, trim, extract, duplicate values, is blank, partition, last day of month, is empty, "
            + "get value with a key path and string join with prefix/suffix; feelin does not have them (null or a parse error).",
            ["strings-030", "built-in-extensions-001", "built-in-extensions-002", "built-in-extensions-003", "built-in-extensions-004",
             "built-in-extensions-005", "built-in-extensions-006", "built-in-extensions-007", "built-in-extensions-008",
             "built-in-extensions-009", "built-in-extensions-010", "built-in-extensions-011", "built-in-extensions-012",
             "built-in-extensions-013", "built-in-extensions-014", "built-in-extensions-015", "built-in-extensions-017"]),
        new("backtick names",
            "Camunda 8 allows `names with any characters` in backticks; feelin's grammar rejects them.",
            ["paths-010", "names-003", "names-005"]),
        new("instance of",
            "DMN 1.4 10.3.2.8: `1 instance of number` is true; feelin compares against JavaScript constructors and answers false or throws.",
            ["instance-of-001", "instance-of-002", "instance-of-003", "instance-of-005", "instance-of-006", "instance-of-007", "instance-of-008"]),
        new("duration arithmetic",
            "DMN 1.4 table 57: durations multiply and divide by numbers, date - date is an exact days-and-time duration with a .days property, "
            + "years and months duration counts whole months; feelin returns null, 0 or fractional months.",
            ["temporal-arithmetic-014", "temporal-arithmetic-015", "temporal-arithmetic-023", "temporal-arithmetic-026",
             "temporal-arithmetic-027", "temporal-040"]),
        new("date plus days-and-time duration is a date",
            "DMN 1.4 table 57: date + duration adds the duration to the date at midnight and yields a date; feelin yields a date and time.",
            ["gen-temporal-007", "gen-temporal-008", "gen-temporal-015", "gen-temporal-016", "gen-temporal-023", "gen-temporal-024"]),
        new("invalid dates are null",
            "date(2023, 2, 29) is not a date (DMN 1.4 table 63 requires a valid date); feelin rolls over to March 1.",
            ["temporal-003"]),
        new("built-in argument domains",
            "min/max accept any comparable values such as strings (DMN 1.4 table 73); even/odd are defined for integers only, "
            + "other numbers give null as in Camunda.",
            ["lists-009", "gen-lists-015", "gen-lists-020", "numeric-039"]),
        new("if with a non-boolean condition",
            "DMN 1.4 10.3.2.5: only a true condition selects `then`; feelin treats 1 as truthy.",
            ["conditionals-005"]),
        new("unary test against null",
            "`5 in null` and `null in (null)`: the positive unary test null is an equality test (5 = null is false, null = null is true); "
            + "feelin gives null.",
            ["ranges-017", "misc-016"]),
        new("range built-ins feelin does not implement",
            "DMN 1.4 table 78 defines overlaps before/after, finishes, finished by, during, starts, started by and coincides; "
            + "feelin throws 'not implemented' and yields null.",
            ["range-builtins-018", "range-builtins-019", "range-builtins-020", "range-builtins-021", "range-builtins-022", "range-builtins-026",
             "range-builtins-027", "range-builtins-028", "range-builtins-029", "range-builtins-030", "range-builtins-031", "range-builtins-032",
             "range-builtins-033"]),
        new("feelin evaluation bugs",
            "Valid FEEL that feelin evaluates wrongly: `1 - - 1` is NaN, `for i in 0..0` is null, a context entry function cannot call itself, "
            + "a filter whose condition is only a function call keeps nothing, and sort([]) is null.",
            ["arithmetic-031", "iteration-005", "functions-004", "filters-012", "misc-012"]),
        new("one-to-many case mapping",
            "upper case uses .NET's per-character invariant mapping (ß stays ß); JavaScript applies Unicode SpecialCasing (ß → SS).",
            ["misc-021"]),
    ];

    private static readonly Dictionary<string, DifferenceClass> ById =
        Classes.SelectMany(c => c.Ids.Select(id => (id, c))).ToDictionary(p => p.id, p => p.c);

    public static DifferenceClass? ClassOf(string id) => ById.GetValueOrDefault(id);

    public static IEnumerable<string> AllIds => ById.Keys;
}
