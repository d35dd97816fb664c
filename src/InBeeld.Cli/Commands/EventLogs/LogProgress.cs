using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Reading;
using Spectre.Console;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>
/// Progress while a log is read: a bar on a terminal; when output is redirected, a line on
/// standard error every 10 % — only for files of 8 MB or more, so small runs stay quiet.
/// </summary>
internal static class LogProgress
{
    private const long PlainFromBytes = 8 << 20;

    public static async Task<T> RunAsync<T>(CliContext context, string title, Func<IProgress<EventLogReadProgress>, T> work)
    {
        if (!context.Interactive)
        {
            return await Task.Run(() => work(new PlainProgress(context.Error, title)));
        }

        return await context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask(Markup.Escape(title), maxValue: 1);
                var result = await Task.Run(() => work(new BarProgress(task)));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<EventLogReadProgress>
    {
        public void Report(EventLogReadProgress value)
        {
            task.MaxValue = Math.Max(1, value.TotalBytes);
            task.Value = Math.Min(value.BytesRead, task.MaxValue);
        }
    }

    private sealed class PlainProgress(TextWriter writer, string title) : IProgress<EventLogReadProgress>
    {
        private long _nextTenth = 1;

        public void Report(EventLogReadProgress value)
        {
            if (value.TotalBytes < PlainFromBytes || value.BytesRead * 10 < _nextTenth * value.TotalBytes)
            {
                return;
            }

            _nextTenth = (value.BytesRead * 10 / value.TotalBytes) + 1;
            lock (writer)
            {
                writer.WriteLine(LogText.Get("Progress_Line", title, value.Events, 100.0 * value.BytesRead / value.TotalBytes));
            }
        }
    }
}
