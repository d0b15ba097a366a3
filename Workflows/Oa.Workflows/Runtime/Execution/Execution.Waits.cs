namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    // Closes every bookmark held by the token, emitting the matching cancel effects.
    private void CloseWaits(string tokenId, string? reason, bool keepSubscriptions = false)
    {
        for (var i = tasks.Count - 1; i >= 0; i--)
        {
            var t = tasks[i];
            if (t.TokenId != tokenId) continue;
            tasks.RemoveAt(i);
            Effects.Add(new TaskCancelled(t.TaskId, t.ElementId, reason));
            History("TaskCancelled", def.Node(t.ElementId), data: Data(("taskId", t.TaskId), ("reason", reason)));
        }
        for (var i = timers.Count - 1; i >= 0; i--)
        {
            if (timers[i].TokenId != tokenId) continue;
            Effects.Add(new TimerCancelled(timers[i].TimerId, timers[i].ElementId));
            timers.RemoveAt(i);
        }
        for (var i = subscriptions.Count - 1; i >= 0 && !keepSubscriptions; i--)
        {
            var s = subscriptions[i];
            if (s.TokenId != tokenId) continue;
            subscriptions.RemoveAt(i);
            Effects.Add(new MessageSubscriptionClosed(InstanceId, s.ElementId, s.Name, s.CorrelationKey));
        }
        for (var i = jobs.Count - 1; i >= 0; i--)
        {
            if (jobs[i].TokenId != tokenId) continue;
            Effects.Add(new JobCancelled(jobs[i].JobId, jobs[i].ElementId));
            jobs.RemoveAt(i);
        }
        for (var i = children.Count - 1; i >= 0; i--)
        {
            if (children[i].TokenId != tokenId) continue;
            Effects.Add(new CancelChildInstance(children[i].ChildInstanceId, children[i].ElementId));
            children.RemoveAt(i);
        }
        for (var i = incidents.Count - 1; i >= 0; i--)
        {
            if (incidents[i].TokenId != tokenId) continue;
            Effects.Add(new IncidentResolved(incidents[i].IncidentId, incidents[i].ElementId));
            incidents.RemoveAt(i);
        }
    }

    private void RaiseIncident(Token token, string kind, string message, string? jobId = null)
    {
        var incident = new Incident(NewId(), token.Id, token.ElementId, kind, message, jobId, Now);
        incidents.Add(incident);
        Put(token with { State = TokenState.Active });
        Effects.Add(new IncidentRaised(incident));
        History("IncidentRaised", def.Node(token.ElementId), data: Data(("incidentId", incident.IncidentId), ("kind", kind), ("message", message)));
    }
}
