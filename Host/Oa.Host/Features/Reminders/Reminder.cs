namespace Oa.Host.Features.Reminders;

/// <summary>
/// One reminder a source wants sent today. <paramref name="ItemKey"/> names the thing (and the date it is about, so a
/// moved due date is a new item); <paramref name="RepeatAfterDays"/> 0 means once per item, n means again after n days
/// while the condition lasts (overdue items). Never more than once per item and day.
/// </summary>
public sealed record Reminder(
    string Kind, string ItemKey, IReadOnlyCollection<string> Recipients, string Title, string? Serial, string? Link,
    IReadOnlyDictionary<string, string> Data, int RepeatAfterDays = 0);
