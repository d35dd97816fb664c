using InBeeld.Core.Composites.MemberCheck;
using InBeeld.Core.Composites.Model;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Data.Composites;
using InBeeld.Data.Privacy;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Composites;

public sealed class CompositeStorageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Groups the demo study in four and builds the largest group's composite.</summary>
    private static async Task<(Guid Group, Guid Composite)> BuildAsync(CompositeSeed seed)
    {
        await using var db = seed.Context();
        var service = new GroupingService(db, seed.Clock);
        await service.SaveAsync(seed.StudyId, await service.ComputeAsync(seed.StudyId, 4, [], None), [], "onderzoeker", None);
        var group = await db.JourneyGroups.OrderBy(g => g.Number).Select(g => g.Id).FirstAsync();
        var composite = await new CompositeService(db, seed.Clock).BuildAsync(seed.StudyId, group, None);
        return (group, composite!.Value);
    }

    private static async Task<CompositeView> ViewAsync(CompositeSeed seed, Guid group)
    {
        await using var db = seed.Context();
        return (await new CompositeQuery(db).GetAsync(seed.StudyId, group, None))!;
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Composite_KeepsProvenance_ForEveryStep(DatabaseProvider provider)
    {
        await using var seed = await CompositeSeed.CreateAsync(provider);
        var (group, _) = await BuildAsync(seed);
        var view = await ViewAsync(seed, group);

        view.Outdated.ShouldBeFalse();
        view.Steps.ShouldNotBeEmpty();
        view.Steps.ShouldAllBe(s => s.Sources >= 1 && s.Interviews <= view.MemberCount);
        view.Map!.Steps.Count.ShouldBe(view.Steps.Count);
        view.Map.Header.InterviewCount.ShouldBe(view.MemberCount);
        view.Map.Header.IsFictitiousPerson.ShouldBeFalse();

        // Every source is a real step of a member interview.
        await using var db = seed.Context();
        var members = await db.JourneyGroupMembers.Where(m => m.GroupId == group).Select(m => m.InterviewId).ToListAsync();
        var sources = await db.CompositeStepSources.ToListAsync();
        sources.ShouldAllBe(s => members.Contains(s.InterviewId));
        var real = await db.Steps.Where(s => members.Contains(s.InterviewId)).Select(s => new { s.Id, s.InterviewId }).ToListAsync();
        sources.ShouldAllBe(s => real.Any(r => r.Id == s.StepId && r.InterviewId == s.InterviewId));
        // Unedited texts are read from the backbone's steps, not copied.
        (await db.CompositeSteps.AllAsync(s => s.Description == null && !s.Edited)).ShouldBeTrue();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ChangingOrDeletingAMemberInterview_MakesTheCompositeOutdated_UntilItIsRemade(DatabaseProvider provider)
    {
        await using var seed = await CompositeSeed.CreateAsync(provider);
        var (group, _) = await BuildAsync(seed);
        Guid member;
        await using (var db = seed.Context())
        {
            member = await db.JourneyGroupMembers.Where(m => m.GroupId == group).Select(m => m.InterviewId).OrderBy(i => i).FirstAsync();
            seed.Clock.Advance(TimeSpan.FromMinutes(5));
            var step = await db.Steps.Where(s => s.InterviewId == member).OrderBy(s => s.Order).FirstAsync();
            step.Description = "Anders verteld";
            await db.SaveChangesAsync(); // the touch interceptor moves the interview's UpdatedAt
        }

        (await ViewAsync(seed, group)).Outdated.ShouldBeTrue();

        await using (var db = seed.Context())
        {
            await new CompositeService(db, seed.Clock).BuildAsync(seed.StudyId, group, None);
        }

        (await ViewAsync(seed, group)).Outdated.ShouldBeFalse();

        await using (var db = seed.Context())
        {
            var other = await db.JourneyGroupMembers.Where(m => m.GroupId == group && m.InterviewId != member).Select(m => m.InterviewId).FirstAsync();
            await db.Quotes.Where(q => db.Steps.Any(s => s.Id == q.StepId && s.InterviewId == other)).ExecuteDeleteAsync();
            await db.Steps.Where(s => s.InterviewId == other).ExecuteDeleteAsync();
            await db.Interviews.Where(i => i.Id == other).ExecuteDeleteAsync();
        }

        var view = await ViewAsync(seed, group);
        view.Outdated.ShouldBeTrue();
        view.Composite!.OutdatedReason.ShouldBeNull(); // found by the fingerprint, not flagged
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task WithdrawnConsent_MakesTheCompositeOutdated_AndHidesTheTexts(DatabaseProvider provider)
    {
        await using var seed = await CompositeSeed.CreateAsync(provider);
        var (group, _) = await BuildAsync(seed);
        Guid backbone;
        await using (var db = seed.Context())
        {
            backbone = await db.CompositeJourneys.Select(c => c.BackboneInterviewId).SingleAsync();
            var participant = await db.Interviews.Where(i => i.Id == backbone).Select(i => i.ParticipantId).SingleAsync();
            await db.Participants.Where(p => p.Id == participant).ExecuteUpdateAsync(u => u.SetProperty(p => p.ConsentWithdrawnOn, new DateOnly(2026, 11, 23)));
        }

        var view = await ViewAsync(seed, group);
        view.Outdated.ShouldBeTrue();
        view.Steps.ShouldAllBe(s => s.Description.StartsWith("(de bronstap", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Erasure_RemovesTheParticipantFromProvenance_AndFlagsTheComposite(DatabaseProvider provider)
    {
        await using var seed = await CompositeSeed.CreateAsync(provider);
        var (group, composite) = await BuildAsync(seed);
        Guid interview, participant;
        await using (var db = seed.Context())
        {
            interview = await db.CompositeStepSources.Select(s => s.InterviewId).OrderBy(i => i).FirstAsync();
            participant = await db.Interviews.Where(i => i.Id == interview).Select(i => i.ParticipantId).SingleAsync();
            db.MemberChecks.Add(new MemberCheckRecord { StudyId = seed.StudyId, InterviewId = interview, PrintedAt = seed.Clock.GetUtcNow(), Answer = MemberCheckAnswer.Corrected, Correction = "Het was de school" });
            await db.SaveChangesAsync();
            (await db.CompositeStepSources.CountAsync(s => s.InterviewId == interview)).ShouldBeGreaterThan(0);
        }

        await using (var db = seed.Context())
        {
            var result = await new ParticipantEraser(db, [new CompositeErasure(seed.Clock)]).EraseAsync(seed.StudyId, participant, None);
            result.ShouldNotBeNull();
        }

        await using (var db = seed.Context())
        {
            (await db.CompositeStepSources.AnyAsync(s => s.InterviewId == interview)).ShouldBeFalse();
            (await db.CompositeStepQuotes.AnyAsync(s => s.InterviewId == interview)).ShouldBeFalse();
            (await db.JourneyGroupMembers.AnyAsync(m => m.InterviewId == interview)).ShouldBeFalse();
            (await db.MemberChecks.AnyAsync()).ShouldBeFalse();
            var flagged = await db.CompositeJourneys.SingleAsync(c => c.Id == composite);
            flagged.OutdatedReason.ShouldBe(CompositeJourney.ErasureReason);
            flagged.OutdatedSince.ShouldNotBeNull();
            // Other provenance is untouched.
            (await db.CompositeStepSources.CountAsync()).ShouldBeGreaterThan(0);
        }

        (await ViewAsync(seed, group)).Outdated.ShouldBeTrue();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task EditingAStep_MarksItAsEdited_AndKeepsItsSources(DatabaseProvider provider)
    {
        await using var seed = await CompositeSeed.CreateAsync(provider);
        var (group, _) = await BuildAsync(seed);
        var before = await ViewAsync(seed, group);
        var first = before.Steps[0];
        await using (var db = seed.Context())
        {
            var edit = new CompositeStepEdit("Eigen woorden van de onderzoeker", null, "Vaste contactpersoon", first.PhaseId, first.OrganizationId, -1, HandoverKind.Warm);
            (await new CompositeService(db, seed.Clock).EditStepAsync(seed.StudyId, first.Id, edit, "onderzoeker", None)).ShouldBeTrue();
            (await new CompositeService(db, seed.Clock).EditStepAsync(Guid.NewGuid(), first.Id, edit, "onderzoeker", None)).ShouldBeFalse();
        }

        var after = await ViewAsync(seed, group);
        var step = after.Steps[0];
        step.Edited.ShouldBeTrue();
        step.OwnDescription.ShouldBeTrue();
        step.Description.ShouldBe("Eigen woorden van de onderzoeker");
        step.BrightSpot.ShouldBe("Vaste contactpersoon");
        (step.Experience, step.Handover).ShouldBe((-1, HandoverKind.Warm));
        step.Sources.ShouldBe(first.Sources);
        after.Steps.Skip(1).ShouldAllBe(s => !s.Edited);
        after.Outdated.ShouldBeFalse(); // an edit is the researcher's, not a change of the sources
    }
}
