using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Analysis.Suggestions;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>
/// Suggests codes for a quote from the study's coded quotes (all coders, analysed interviews only),
/// leaving out codes the coder already applied there or declined before. Accepting is an ordinary
/// coding (<see cref="CodingStore.ApplyAsync"/>); declining is remembered per coder and quote.
/// </summary>
public sealed class CodeSuggestions(InBeeldDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<CodeSuggestion>> SuggestAsync(Guid studyId, Guid quoteId, string coderId, CancellationToken cancellationToken) =>
        (await SuggestManyAsync(studyId, [quoteId], coderId, cancellationToken)).GetValueOrDefault(quoteId) ?? [];

    /// <summary>Suggestions for several quotes of a page, from one index of the study's coded quotes.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<CodeSuggestion>>> SuggestManyAsync(
        Guid studyId, IReadOnlyCollection<Guid> quoteIds, string coderId, CancellationToken cancellationToken)
    {
        var wanted = quoteIds.ToList();
        var texts = await QuotesOf(studyId).Where(q => wanted.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Text, cancellationToken);
        if (texts.Count == 0)
        {
            return [];
        }

        var coded = await db.Codings.AsNoTracking()
            .Where(c => c.Target == CodingTarget.Quote && QuotesOf(studyId).Any(q => q.Id == c.QuoteId))
            .Select(c => new { QuoteId = c.QuoteId!.Value, c.CodeId })
            .ToListAsync(cancellationToken);
        var codedIds = coded.Select(c => c.QuoteId).Distinct().ToList();
        var codedTexts = await db.Quotes.AsNoTracking().Where(q => codedIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Text, cancellationToken);
        var index = QuoteIndex.Build(coded.GroupBy(c => c.QuoteId).OrderBy(g => g.Key)
            .Select(g => new CodedQuote(g.Key, codedTexts[g.Key], [.. g.Select(c => c.CodeId).Distinct()])));
        var mine = (await db.Codings.Where(c => c.QuoteId != null && wanted.Contains(c.QuoteId.Value) && c.CoderId == coderId)
            .Select(c => new { QuoteId = c.QuoteId!.Value, c.CodeId }).ToListAsync(cancellationToken)).ToLookup(c => c.QuoteId, c => c.CodeId);
        var declined = (await db.RejectedSuggestions.Where(r => wanted.Contains(r.QuoteId) && r.CoderId == coderId)
            .Select(r => new { r.QuoteId, r.CodeId }).ToListAsync(cancellationToken)).ToLookup(r => r.QuoteId, r => r.CodeId);
        return texts.ToDictionary(
            t => t.Key,
            t => CodeSuggester.Suggest(index, t.Value, new SuggestionOptions { QuoteId = t.Key, Exclude = [.. mine[t.Key], .. declined[t.Key]] }));
    }

    /// <returns>False when the quote or code is not in the study.</returns>
    public async Task<bool> RejectAsync(Guid studyId, Guid quoteId, Guid codeId, string coderId, CancellationToken cancellationToken)
    {
        if (!await QuotesOf(studyId).AnyAsync(q => q.Id == quoteId, cancellationToken)
            || !await db.Codes.AnyAsync(c => c.Id == codeId && c.StudyId == studyId, cancellationToken))
        {
            return false;
        }

        if (!await db.RejectedSuggestions.AnyAsync(r => r.QuoteId == quoteId && r.CodeId == codeId && r.CoderId == coderId, cancellationToken))
        {
            db.RejectedSuggestions.Add(new RejectedSuggestion { QuoteId = quoteId, CodeId = codeId, CoderId = coderId, RejectedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    private IQueryable<Core.Interviews.Quote> QuotesOf(Guid studyId)
    {
        var interviews = db.Interviews.Where(i => i.StudyId == studyId).Where(ConsentRule.Counts(db)).Select(i => i.Id);
        return db.Quotes.Where(q => db.Steps.Any(s => s.Id == q.StepId && interviews.Contains(s.InterviewId)));
    }
}
