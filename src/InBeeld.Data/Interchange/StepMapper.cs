using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;

namespace InBeeld.Data.Interchange;

/// <summary>Turns a step of the file into a <see cref="Step"/>, resolving vocabulary names to ids.</summary>
internal sealed class StepMapper(
    SequentialGuids ids,
    Dictionary<string, Guid> organizations,
    Dictionary<string, Guid> phases,
    Dictionary<string, Guid> channels,
    Dictionary<string, Guid> turningPoints)
{
    public Step Map(StepItem item, Guid interviewId, int order)
    {
        StepDate? date = item.Date is { } text && StepDate.TryParse(text, out var parsed) ? parsed : null;
        var step = BlankEntity.Create<Step>();
        step.Id = ids.Next();
        step.InterviewId = interviewId;
        step.Order = order;
        step.PhaseId = Lookup(phases, item.Phase);
        step.OrganizationId = Lookup(organizations, item.Organization);
        step.ChannelId = Lookup(channels, item.Channel);
        step.TurningPointId = Lookup(turningPoints, item.TurningPoint);
        step.Description = item.Description;
        step.Date = date?.Date;
        step.DatePrecision = date?.Precision ?? DatePrecision.Unknown;
        step.Experience = item.Experience;
        step.PainPoint = item.PainPoint;
        step.BrightSpot = item.BrightSpot;
        step.Handover = item.Handover;
        step.WaitingDays = item.WaitingDays;
        step.Quotes = item.Quotes.Select((text, i) => Quote(step.Id, text, i)).ToList();
        return step;
    }

    private Quote Quote(Guid stepId, string text, int order)
    {
        var quote = BlankEntity.Create<Quote>();
        quote.Id = ids.Next();
        quote.StepId = stepId;
        quote.Text = text;
        quote.Order = order;
        return quote;
    }

    private static Guid? Lookup(Dictionary<string, Guid> ids, string? name) => name is null ? null : ids[name];
}
