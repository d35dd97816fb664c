using InBeeld.Cli.Localization;

namespace InBeeld.Cli.Infrastructure;

/// <summary>
/// Writes a file through a temporary file beside it, so a failed or cancelled export never leaves
/// a half-written file where a good one was expected. Device paths (/dev/null, /dev/stdout, NUL) are
/// written directly: renaming a file over them would replace the device with a regular file.
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (IsDevicePath(fullPath))
        {
            try
            {
                await using var device = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16, useAsync: false);
                await write(device);
                await device.FlushAsync(cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new CliUserException(CliText.Get("File_WriteFailed", path, exception.Message));
            }
        }

        var temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUserException(CliText.Get("File_WriteFailed", path, exception.Message));
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    internal static bool IsDevicePath(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal)
        || fullPath.StartsWith("/proc/", StringComparison.Ordinal)
        || fullPath.StartsWith(@"\\.\", StringComparison.Ordinal);
}
