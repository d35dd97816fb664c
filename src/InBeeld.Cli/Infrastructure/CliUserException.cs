namespace InBeeld.Cli.Infrastructure;

/// <summary>A mistake the user can fix; the message (Dutch) is shown as is, without a stack trace.</summary>
internal sealed class CliUserException(string message, int exitCode = CliUserException.UserError) : Exception(message)
{
    public const int UserError = 1;
    public const int UsageError = 2;

    public int ExitCode { get; } = exitCode;
}
