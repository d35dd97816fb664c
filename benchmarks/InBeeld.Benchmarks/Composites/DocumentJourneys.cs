using System.Security.Cryptography;
using System.Text;
using InBeeld.Core.Interchange;
using InBeeld.Core.Journeys;

namespace InBeeld.Benchmarks.Composites;

/// <summary>A study document's routes as a <see cref="JourneySet"/>, without a database (ids made from names and positions).</summary>
internal static class DocumentJourneys
{
    public static JourneySet From(StudyDocument document)
    {
        var builder = new JourneySetBuilder();
        for (var i = 0; i < document.Interviews.Count; i++)
        {
            builder.BeginJourney(IdOf($"interview:{i}"));
            foreach (var step in document.Interviews[i].Steps)
            {
                builder.AddStep(Name(step.Organization), Name(step.Phase), Name(step.Channel), Name(step.TurningPoint), step.Experience, step.Handover, step.WaitingDays);
            }
        }

        return builder.Build();
    }

    private static Guid? Name(string? name) => name is null ? null : IdOf("name:" + name);

    private static Guid IdOf(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
