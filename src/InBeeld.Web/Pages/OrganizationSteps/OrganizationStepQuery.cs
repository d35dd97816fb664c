using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Data;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.OrganizationSteps;

/// <summary>
/// Raw steps as a member may see them: a chain partner only the steps at their own organisation,
/// other roles with this permission all of them; only from interviews that count under the
/// consent rule. The scope is part of every query, so a guessed step id from another
/// organisation finds nothing.
/// </summary>
internal sealed class OrganizationStepQuery(InBeeldDbContext db)
{
    public IQueryable<Step> Visible(Guid studyId, StudyMember member)
    {
        var interviews = db.Interviews.Where(i => i.StudyId == studyId).Where(ConsentRule.Counts(db)).Select(i => i.Id);
        var steps = db.Steps.AsNoTracking().Where(s => interviews.Contains(s.InterviewId));
        return member.Role == StudyRole.ChainPartner
            ? steps.Where(s => s.OrganizationId != null && s.OrganizationId == member.OrganizationId)
            : steps;
    }

    /// <summary>Quotes leave the research team only with the participant's consent for quotes.</summary>
    public async Task<IReadOnlyList<string>> QuotesOfAsync(Step step, CancellationToken cancellationToken)
    {
        var scope = await db.Interviews.Where(i => i.Id == step.InterviewId)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => p.ConsentScope)
            .SingleAsync(cancellationToken);
        return scope?.HasFlag(ConsentScope.Quotes) == true
            ? await db.Quotes.AsNoTracking().Where(q => q.StepId == step.Id).OrderBy(q => q.Order).Select(q => q.Text).ToListAsync(cancellationToken)
            : [];
    }
}
