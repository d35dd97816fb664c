using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Rendering;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Data.EventLogs.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// The one place that decides how a stored log is mined for the log pages and exports: loaded into
/// memory (<see cref="StoredLogCache"/>, fast) or, on PostgreSQL above
/// <see cref="LogMiningOptions.InMemoryEventLimit"/>, inside the database without ever loading it.
/// Both paths give the same figures (tested number for number), so pages do not branch.
/// </summary>
/// <remarks>
/// SQLite has no database path; a log above the limit is loaded anyway and the page says the server
/// needs memory for it (refusing would leave a stored log unreadable, and SQLite installations are
/// meant for one municipality on one machine).
/// </remarks>
public sealed class LogMining(
    InBeeldDbContext db, EventLogStore store, StoredLogCache cache, LogHeaderQuery headers, PostgresLogMiner miner, PostgresLogFigures figures,
    PostgresVariantCases cases, PostgresHandovers handovers, IOptions<LogMiningOptions> options)
{
    /// <summary>The log and its path, or null when the study has no such log.</summary>
    public async Task<OpenedLog?> OpenAsync(Guid studyId, Guid logId, CancellationToken cancellationToken)
    {
        var header = await headers.GetAsync(studyId, logId, cancellationToken);
        if (header is null)
        {
            return null;
        }

        var path = header.Log.EventCount <= options.Value.InMemoryEventLimit ? LogMiningPath.InMemory
            : db.Database.IsNpgsql() ? LogMiningPath.InDatabase
            : LogMiningPath.InMemoryAboveLimit;
        return new OpenedLog(header, path);
    }

    /// <summary>Everything the log page shows, for the filters; problems with the filters are added to <paramref name="problems"/> (field, value).</summary>
    /// <param name="applied">Gets the filters that were applied (for the "Gefilterd: …" line).</param>
    public async Task<LogAnalysis?> AnalyseAsync(
        OpenedLog opened, string title, LogFilterInput filters, List<(string Field, string Value)> problems, List<AppliedFilter>? applied,
        CancellationToken cancellationToken)
    {
        if (opened.Path != LogMiningPath.InDatabase)
        {
            var full = await cache.GetAsync(store, opened.StudyId, opened.LogId, cancellationToken);
            return full is null ? null : LogAnalysis.Compute(full, filters.Apply(full, problems, applied), title, filters) with
            {
                Path = opened.Path,
                LoadedFull = full,
            };
        }

        var header = opened.Header;
        var filter = filters.ToCaseFilter(problems, applied);

        // Nine questions of the same filtered log: computed once into temporary tables (see LogRows).
        await using var rows = await LogRows.MaterializeAsync(db, header, filter, cancellationToken);
        var variants = await miner.VariantsAsync(header, rows, cancellationToken);
        var graph = (await miner.DfgAsync(header, rows, cancellationToken)).WithMinimumEdgeCount(filters.EffectiveMinEdge);
        var statistics = await figures.StatisticsAsync(header, rows, variants.Count, cancellationToken);
        var outcomes = LogAnalysis.Outcomes(filters);
        return new LogAnalysis
        {
            Log = new LogSummary(statistics.Cases, statistics.Events, header.Activities, header.Organizations),
            Full = LogSummary.Of(header),
            Statistics = statistics,
            Graph = graph,
            MapSvg = SvgDfgWriter.Write(DfgLayouter.Layout(graph, title)),
            Variants = new VariantSet(header.Activities, variants, []),
            Waits = await miner.OrganizationWaitsAsync(header, rows, cancellationToken),
            DropOut = outcomes.Length == 0 ? null : await figures.DropOutAsync(header, rows, outcomes, filters.QuietPeriod, cancellationToken),
            Handovers = await handovers.FromLogAsync(
                header, rows, await new LogMappingStore(db).MappingAsync(opened.StudyId, cancellationToken), filters.Outcomes, filters.QuietPeriod, cancellationToken),
            Path = LogMiningPath.InDatabase,
        };
    }

    /// <summary>The variants of the whole log with its activity names: all conformance checking needs.</summary>
    public async Task<VariantSet?> VariantsAsync(OpenedLog opened, CancellationToken cancellationToken)
    {
        if (opened.Path == LogMiningPath.InDatabase)
        {
            return new VariantSet(opened.Header.Activities, await miner.VariantsAsync(opened.Header, LogCaseFilter.None, cancellationToken), []);
        }

        var log = await cache.GetAsync(store, opened.StudyId, opened.LogId, cancellationToken);
        return log is null ? null : VariantMiner.Mine(log);
    }

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of the cases of variant <paramref name="rank"/> (from 1) in the filtered log; null when
    /// there is no such variant, or when a filter has a problem (added to <paramref name="problems"/>): variant numbers depend on the
    /// filters, so with one left out "variant 2" would be another route.
    /// </summary>
    public async Task<VariantCaseList?> CasesAsync(
        OpenedLog opened, LogFilterInput filters, int rank, int page, int pageSize, List<(string Field, string Value)> problems, CancellationToken cancellationToken)
    {
        var skip = (Math.Max(1, page) - 1) * pageSize;
        if (opened.Path == LogMiningPath.InDatabase)
        {
            var filter = filters.ToCaseFilter(problems);
            if (problems.Count > 0)
            {
                return null;
            }

            await using var filtered = await LogRows.MaterializeAsync(db, opened.Header, filter, cancellationToken);
            var variants = new VariantSet(opened.Header.Activities, await miner.VariantsAsync(opened.Header, filtered, cancellationToken), []);
            if (rank < 1 || rank > variants.Variants.Count)
            {
                return null;
            }

            var variant = variants.Variants[rank - 1];
            var rows = await cases.PageAsync(opened.Header, filtered, variant.Activities, skip, pageSize + 1, cancellationToken);
            return new VariantCaseList(variants, variant, [.. rows.Take(pageSize)], rows.Count > pageSize);
        }

        var full = await cache.GetAsync(store, opened.StudyId, opened.LogId, cancellationToken);
        if (full is null)
        {
            return null;
        }

        var log = filters.Apply(full, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        var set = VariantMiner.Mine(log);
        if (rank < 1 || rank > set.Variants.Count)
        {
            return null;
        }

        var found = Enumerable.Range(0, log.CaseCount).Where(c => set.VariantOfCase[c] == rank - 1).Skip(skip).Take(pageSize + 1).Select(c => Row(log, c)).ToList();
        return new VariantCaseList(set, set.Variants[rank - 1], [.. found.Take(pageSize)], found.Count > pageSize);
    }

    private static VariantCase Row(EventLog log, int c)
    {
        var (first, end) = (log.CaseOffsets[c], log.CaseOffsets[c + 1]);
        var start = end > first ? log.Start[first] : 0;
        var throughput = end > first ? TimeSpan.FromTicks(log.Complete[first..end].ToArray().Max() - start) : TimeSpan.Zero;
        return new VariantCase(log.CaseIds[c], end - first, start, throughput);
    }
}
