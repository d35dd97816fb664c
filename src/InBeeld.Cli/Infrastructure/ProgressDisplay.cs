using InBeeld.Cli.Localization;
using InBeeld.Data.Interchange;
using Spectre.Console;

namespace InBeeld.Cli.Infrastructure;

/// <summary>
/// Shows an import or export's progress: a Spectre progress bar on a terminal, a few plain lines
/// (each stage, then every 10%) when output goes to a file or another program.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliContext context, string title, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (!context.Interactive)
        {
            return await work(new PlainProgress(context.Error, title));
        }

        return await context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask(Markup.Escape(title), maxValue: 1);
                var result = await work(new BarProgress(task, title));
                task.Value = task.MaxValue;
                return result;
            });
    }

    internal static string StageText(ImportStage stage) => CliText.Get($"Stage_{stage}");

    private sealed class BarProgress(ProgressTask task, string title) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.Description = Markup.Escape($"{title}: {StageText(value.Stage)}");
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }

    private sealed class PlainProgress(TextWriter writer, string title) : IProgress<ImportProgress>
    {
        private ImportStage? _stage;
        private long _nextTenth;

        public void Report(ImportProgress value)
        {
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                _nextTenth = 1;
                writer.WriteLine($"{title}: {StageText(value.Stage)}");
            }
            else if (value.Stage == ImportStage.Writing && value.Total > 0 && value.Done * 10 >= _nextTenth * value.Total)
            {
                _nextTenth = value.Done * 10 / value.Total + 1;
                writer.WriteLine($"{title}: {StageText(value.Stage)} {value.Done}/{value.Total}");
            }
        }
    }
}
