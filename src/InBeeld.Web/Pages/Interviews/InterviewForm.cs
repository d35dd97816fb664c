using System.Globalization;
using InBeeld.Core.Interviews;
using InBeeld.Core.Privacy;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>Loading choices for, validating and applying <see cref="InterviewInput"/>; shared by Create and Edit.</summary>
internal sealed class InterviewForm(InBeeldDbContext db, IStringLocalizer<InterviewText> text)
{
    public async Task<IReadOnlyList<SelectListItem>> ParticipantOptionsAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var participants = await db.Participants.AsNoTracking().Where(p => p.StudyId == studyId)
            .Select(p => new { p.Id, p.Code }).ToListAsync(cancellationToken);
        return participants.OrderBy(p => p.Code, StringComparer.OrdinalIgnoreCase)
            .Select(p => new SelectListItem(p.Code, p.Id.ToString())).ToList();
    }

    public static InterviewInput ToInput(Interview interview) => new()
    {
        ParticipantId = interview.ParticipantId,
        Date = interview.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Mode = interview.Mode,
        Interviewer = interview.Interviewer,
        ConsentGiven = interview.Consent.Given,
        ConsentDate = interview.Consent.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ConsentRecordedBy = interview.Consent.RecordedBy,
        ConsentByGuardian = interview.Consent.GivenByGuardian,
        Transcript = interview.Transcript,
    };

    /// <summary>Checks what attributes cannot; applies the input to <paramref name="interview"/> only when all is well.</summary>
    public async Task<bool> TryApplyAsync(Guid studyId, InterviewInput input, Interview interview, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var date = ParseDate(input.Date, "Input.Date", text["Field_Date"], modelState);
        var consentDate = ParseDate(input.ConsentDate, "Input.ConsentDate", text["Field_ConsentDate"], modelState);
        if (!Enum.IsDefined(input.Mode))
        {
            modelState.AddModelError("Input.Mode", text["ChooseMode"]);
        }

        if (input.ParticipantId is { } participantId
            && !await db.Participants.AnyAsync(p => p.Id == participantId && p.StudyId == studyId, cancellationToken))
        {
            modelState.AddModelError("Input.ParticipantId", text["UnknownParticipant"]);
        }

        if (!modelState.IsValid || date is null)
        {
            return false;
        }

        interview.StudyId = studyId;
        interview.ParticipantId = input.ParticipantId!.Value;
        interview.Date = date.Value;
        interview.Mode = input.Mode;
        interview.Interviewer = Clean(input.Interviewer);
        interview.Consent = new Consent
        {
            Given = input.ConsentGiven,
            Date = consentDate,
            RecordedBy = Clean(input.ConsentRecordedBy),
            GivenByGuardian = input.ConsentByGuardian,
        };
        var transcript = string.IsNullOrWhiteSpace(input.Transcript) ? null : input.Transcript;
        if (transcript is not null && !CheckPersonalData(input, modelState, ref transcript))
        {
            return false;
        }

        interview.Transcript = transcript;
        return true;
    }

    /// <summary>What the personal-data check found in the transcript on the last try; shown so the researcher can decide.</summary>
    public IReadOnlyList<PersonalDataFinding> Findings { get; private set; } = [];

    /// <summary>
    /// Before a transcript is saved, likely personal data (names, BSN, phone, e-mail, IBAN,
    /// postcode + house number, dates of birth) is flagged. Nothing is saved until the researcher
    /// chooses: replace the findings with placeholders, or keep the text as it is.
    /// </summary>
    private bool CheckPersonalData(InterviewInput input, ModelStateDictionary modelState, ref string transcript)
    {
        var findings = PersonalDataDetector.Default.Find(transcript);
        if (findings.Count == 0 || input.PersonalData == PersonalDataChoice.Keep)
        {
            return true;
        }

        if (input.PersonalData == PersonalDataChoice.Replace)
        {
            transcript = PersonalDataRedactor.Replace(transcript, findings);
            return true;
        }

        Findings = findings;
        modelState.AddModelError("Input.Transcript", text["PersonalDataFound", findings.Count]);
        return false;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private DateOnly? ParseDate(string? value, string key, string label, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        modelState.AddModelError(key, text["InvalidDate", label]);
        return null;
    }
}
