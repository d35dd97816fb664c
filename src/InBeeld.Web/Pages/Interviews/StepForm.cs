using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>Validates a <see cref="StepInput"/> against the rules and the study's vocabulary, and applies it to a step.</summary>
internal sealed class StepForm(InBeeldDbContext db, IStringLocalizer<InterviewText> text)
{
    public static StepInput ToInput(Step step) => new()
    {
        PhaseId = step.PhaseId,
        OrganizationId = step.OrganizationId,
        ChannelId = step.ChannelId,
        TurningPointId = step.TurningPointId,
        Description = step.Description,
        Date = step.Date is { } date ? StepDate.Format(date, step.DatePrecision) : null,
        Experience = step.Experience,
        PainPoint = step.PainPoint,
        BrightSpot = step.BrightSpot,
        Handover = step.Handover,
        WaitingDays = step.WaitingDays,
        Quotes = step.Quotes.OrderBy(q => q.Order).Select(q => new QuoteInput { Text = q.Text }).ToList(),
    };

    public async Task<bool> TryApplyAsync(Guid studyId, StepInput input, Step step, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (!InterviewRules.IsValidExperience(input.Experience))
        {
            modelState.AddModelError("Input.Experience", text["ExperienceOutOfRange", input.Experience!.Value]);
        }

        StepDate? date = null;
        if (!string.IsNullOrWhiteSpace(input.Date))
        {
            if (StepDate.TryParse(input.Date.Trim(), out var parsed))
            {
                date = parsed;
            }
            else
            {
                modelState.AddModelError("Input.Date", text["InvalidStepDate", input.Date]);
            }
        }

        if (!Enum.IsDefined(input.Handover))
        {
            modelState.AddModelError("Input.Handover", text["ChooseHandover"]);
        }

        await CheckBelongsAsync(db.Phases.Where(p => p.StudyId == studyId).Select(p => p.Id), input.PhaseId, "Input.PhaseId", text["Field_Phase"], modelState, cancellationToken);
        await CheckBelongsAsync(db.Organizations.Where(o => o.StudyId == studyId).Select(o => o.Id), input.OrganizationId, "Input.OrganizationId", text["Field_Organization"], modelState, cancellationToken);
        await CheckBelongsAsync(db.Channels.Where(c => c.StudyId == studyId).Select(c => c.Id), input.ChannelId, "Input.ChannelId", text["Field_Channel"], modelState, cancellationToken);
        await CheckBelongsAsync(db.TurningPoints.Where(t => t.StudyId == studyId).Select(t => t.Id), input.TurningPointId, "Input.TurningPointId", text["Field_TurningPoint"], modelState, cancellationToken);
        if (!modelState.IsValid)
        {
            return false;
        }

        step.PhaseId = input.PhaseId;
        step.OrganizationId = input.OrganizationId;
        step.ChannelId = input.ChannelId;
        step.TurningPointId = input.TurningPointId;
        step.Description = input.Description!.Trim();
        step.Date = date?.Date;
        step.DatePrecision = date?.Precision ?? DatePrecision.Unknown;
        step.Experience = input.Experience;
        step.PainPoint = InterviewForm.Clean(input.PainPoint);
        step.BrightSpot = InterviewForm.Clean(input.BrightSpot);
        step.Handover = input.Handover;
        step.WaitingDays = input.WaitingDays;
        ApplyQuotes(input, step);
        return true;
    }

    /// <summary>Kept quotes in their order, then the new one; a quote removed or emptied is deleted.</summary>
    private static void ApplyQuotes(StepInput input, Step step)
    {
        var existing = step.Quotes.OrderBy(q => q.Order).ToList();
        var kept = new List<Quote>();
        for (var i = 0; i < existing.Count; i++)
        {
            var posted = i < input.Quotes.Count ? input.Quotes[i] : null;
            if (posted is null || posted.Remove || string.IsNullOrWhiteSpace(posted.Text))
            {
                step.Quotes.Remove(existing[i]);
                continue;
            }

            existing[i].Text = posted.Text.Trim();
            kept.Add(existing[i]);
        }

        if (!string.IsNullOrWhiteSpace(input.NewQuote))
        {
            var quote = new Quote { StepId = step.Id, Text = input.NewQuote.Trim() };
            step.Quotes.Add(quote);
            kept.Add(quote);
        }

        for (var i = 0; i < kept.Count; i++)
        {
            kept[i].Order = i;
        }
    }

    private async Task CheckBelongsAsync(IQueryable<Guid> ids, Guid? id, string key, string label, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (id is { } value && !await ids.AnyAsync(x => x == value, cancellationToken))
        {
            modelState.AddModelError(key, text["UnknownVocabularyItem", label]);
        }
    }
}
