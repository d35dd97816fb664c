using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.Tests.EventLogs;

/// <summary>Small hand-built logs: cases as strings of one-letter activities, one minute apart.</summary>
internal static class LogBuilding
{
    public static readonly DateTime Origin = new(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>Each string is a case; each letter an activity, one minute after the previous one.</summary>
    public static EventLog Traces(params string[] traces)
    {
        var builder = new EventLogBuilder("test");
        for (var c = 0; c < traces.Length; c++)
        {
            var @case = builder.AddCase(CaseId(c));
            for (var i = 0; i < traces[c].Length; i++)
            {
                var activity = builder.Activities.Intern(traces[c][i].ToString());
                builder.AddEvent(@case, activity, EventLog.None, EventLog.None, Origin.AddMinutes(i).Ticks, LifecycleTransition.Complete);
            }
        }

        return builder.Build();
    }

    /// <summary>Cases of (activity, minutes since origin, organisation or null).</summary>
    public static EventLog Timed(params (string Activity, double Minutes, string? Organization)[][] cases)
    {
        var builder = new EventLogBuilder("test");
        for (var c = 0; c < cases.Length; c++)
        {
            var @case = builder.AddCase(CaseId(c));
            foreach (var (activity, minutes, organization) in cases[c])
            {
                builder.AddEvent(
                    @case, builder.Activities.Intern(activity), EventLog.None,
                    organization is null ? EventLog.None : builder.Organizations.Intern(organization),
                    Origin.AddMinutes(minutes).Ticks, LifecycleTransition.Complete);
            }
        }

        return builder.Build();
    }

    public static Guid CaseId(int number) => new(number, 0, 0, new byte[8]);

    public static string[] Sequences(EventLog log)
    {
        var result = new string[log.CaseCount];
        for (var c = 0; c < log.CaseCount; c++)
        {
            var names = new List<string>();
            for (var e = log.CaseOffsets[c]; e < log.CaseOffsets[c + 1]; e++)
            {
                names.Add(log.ActivityNames[log.Activity[e]]);
            }

            result[c] = string.Join(",", names);
        }

        return result;
    }
}
