using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.Studies;
using InBeeld.Data;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>Logs for the storage and database-path tests, with the awkward parts real logs have.</summary>
internal static class TestLogs
{
    public static readonly DateTime Origin = new(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// A random but reproducible log: empty cases, one-event cases, timestamps on whole hours (so
    /// many tie), start/complete pairs that overlap, unknown resources and organisations, and an
    /// activity name with characters that need escaping.
    /// </summary>
    public static EventLog Awkward(int cases, int seed = 7)
    {
        string[] activities = ["Aanmelding", "Intake", "Beschikking 'jeugdhulp'", "Start zorg", "Einde zorg", "Heraanmelding"];
        string[] organizations = ["Gemeente", "Wijkteam", "Zorgaanbieder Oost"];
        string[] resources = ["mw-1", "mw-2", "mw-3", "mw-4"];
        var random = new Random(seed);
        var builder = new EventLogBuilder("awkward.xes");
        for (var c = 0; c < cases; c++)
        {
            var @case = builder.AddCase(new Guid(c + 1, 7, 7, new byte[8]));
            var length = random.Next(10) switch
            {
                0 => 0,
                1 => 1,
                _ => random.Next(2, 9),
            };
            var hour = random.Next(1000);
            for (var i = 0; i < length; i++)
            {
                hour += random.Next(3) == 0 ? 0 : random.Next(1, 200);
                var activity = builder.Activities.Intern(activities[random.Next(activities.Length)]);
                var organization = random.Next(5) == 0 ? EventLog.None : builder.Organizations.Intern(organizations[random.Next(organizations.Length)]);
                var resource = random.Next(3) == 0 ? EventLog.None : builder.Resources.Intern(resources[random.Next(resources.Length)]);
                var at = Origin.AddHours(hour).Ticks;
                if (random.Next(6) == 0)
                {
                    // An occurrence with its own start: the complete lies up to two days later, past later events.
                    builder.AddEvent(@case, activity, resource, organization, at, LifecycleTransition.Start);
                    builder.AddEvent(@case, activity, resource, organization, at + TimeSpan.FromHours(random.Next(0, 48)).Ticks, LifecycleTransition.Complete);
                }
                else
                {
                    builder.AddEvent(@case, activity, resource, organization, at, LifecycleTransition.Complete);
                }
            }
        }

        return builder.Build();
    }

    public static async Task<Study> StudyAsync(InBeeldDbContext db, string title = "Logboeken")
    {
        var study = new Study { Title = title, CreatedAt = DateTimeOffset.UnixEpoch };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        return study;
    }

    /// <summary>Every stored column of two logs is the same, attribute columns value for value.</summary>
    public static void ShouldEqual(this EventLog actual, EventLog expected)
    {
        actual.CaseIds.ToArray().ShouldBe(expected.CaseIds.ToArray());
        actual.CaseOffsets.ToArray().ShouldBe(expected.CaseOffsets.ToArray());
        actual.Activity.ToArray().ShouldBe(expected.Activity.ToArray());
        actual.Resource.ToArray().ShouldBe(expected.Resource.ToArray());
        actual.Organization.ToArray().ShouldBe(expected.Organization.ToArray());
        actual.Start.ToArray().ShouldBe(expected.Start.ToArray());
        actual.Complete.ToArray().ShouldBe(expected.Complete.ToArray());
        actual.HasStartTimes.ShouldBe(expected.HasStartTimes);
        actual.ActivityNames.ShouldBe(expected.ActivityNames);
        actual.ResourceNames.ShouldBe(expected.ResourceNames);
        actual.OrganizationNames.ShouldBe(expected.OrganizationNames);
        actual.SkippedLifecycleEvents.ShouldBe(expected.SkippedLifecycleEvents);
        ShouldEqual(actual.CaseAttributes, expected.CaseAttributes);
        ShouldEqual(actual.EventAttributes, expected.EventAttributes);
    }

    private static void ShouldEqual(IReadOnlyList<AttributeColumn> actual, IReadOnlyList<AttributeColumn> expected)
    {
        actual.Select(c => c.Key).ShouldBe(expected.Select(c => c.Key));
        for (var i = 0; i < expected.Count; i++)
        {
            // AttributeValue is a record struct: kind, text, integer and float must all match (NaN equals NaN here).
            actual[i].Values.ToArray().ShouldBe(expected[i].Values.ToArray(), $"values of '{expected[i].Key}'");
            actual[i].Rows.ToArray().ShouldBe(expected[i].Rows.ToArray(), $"rows of '{expected[i].Key}'");
        }
    }
}
