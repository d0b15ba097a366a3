using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    private void FireTimerCommand(FireTimer command)
    {
        var index = timers.FindIndex(t => t.TimerId == command.TimerId);
        if (index < 0) throw new EngineException(EngineErrorCode.TimerNotFound, $"Timer '{command.TimerId}' is not scheduled in instance '{InstanceId}'.");
        var timer = timers[index];
        timers.RemoveAt(index);
        var token = FindToken(timer.TokenId)!;
        var node = def.Node(timer.ElementId);
        History("TimerFired", node, data: Data(("timerId", timer.TimerId)));
        if (timer.TaskTimeout is { } timeout)
        {
            FireTaskTimeout(timer, timeout);
            return;
        }
        // A non-interrupting cycle keeps firing: R3/PT1H fires three times, R/PT1H until the activity ends.
        if (node is BoundaryEvent { CancelActivity: false } && timer.Cycle is not null && timer.RepeatsLeft is not 0
            && Iso8601.TryParseDuration(timer.Cycle, out var interval))
        {
            var next = timer with { DueAt = interval.AddTo(timer.DueAt), RepeatsLeft = timer.RepeatsLeft - 1 };
            timers.Add(next);
            Effects.Add(new TimerScheduled(next.TimerId, InstanceId, next.ElementId, next.DueAt, next.Cycle));
        }
        Trigger(token, timer.ElementId, null);
    }

    private void Correlate(CorrelateMessage command)
    {
        ValidateVariables(command.Variables);
        var subscription = subscriptions.FirstOrDefault(s => s.Name == command.Name && s.CorrelationKey == command.CorrelationKey);
        if (subscription is not null)
        {
            Deliver(subscription, command.Variables);
            return;
        }
        if (command.TimeToLive is not { } ttl || ttl <= TimeSpan.Zero)
            throw new EngineException(EngineErrorCode.MessageNotCorrelated, $"No subscription for message '{command.Name}' with key '{command.CorrelationKey}' in instance '{InstanceId}'.");
        buffer.Add(new BufferedMessage(command.Name, command.CorrelationKey, ToLocals(command.Variables), Now + ttl, command.MessageId));
        History("MessageBuffered", null, data: Data(("name", command.Name), ("correlationKey", command.CorrelationKey), ("expiresAt", Now + ttl)));
    }

    private void Deliver(MessageBookmark subscription, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? values)
    {
        var node = def.Node(subscription.ElementId);
        var keep = node is BoundaryEvent { CancelActivity: false };
        if (!keep)
        {
            subscriptions.Remove(subscription);
            Effects.Add(new MessageSubscriptionClosed(InstanceId, subscription.ElementId, subscription.Name, subscription.CorrelationKey));
        }
        History("MessageCorrelated", node, data: Data(("name", subscription.Name), ("correlationKey", subscription.CorrelationKey)));
        Trigger(FindToken(subscription.TokenId)!, subscription.ElementId, values);
    }

    // Buffered messages wait for a subscription until their time-to-live runs out (then they are dropped).
    private bool TryCorrelateBuffered()
    {
        for (var i = 0; i < buffer.Count; i++)
        {
            var message = buffer[i];
            if (message.ExpiresAt <= Now)
            {
                buffer.RemoveAt(i--);
                continue;
            }
            var subscription = subscriptions.FirstOrDefault(s => s.Name == message.Name && s.CorrelationKey == message.CorrelationKey);
            if (subscription is null) continue;
            buffer.RemoveAt(i);
            Deliver(subscription, message.Variables);
            return true;
        }
        return false;
    }
}
