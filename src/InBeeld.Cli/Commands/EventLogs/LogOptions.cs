using System.CommandLine;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>The options every <c>inbeeld log</c> command shares: the file, how to read it, filters and output.</summary>
internal sealed class LogOptions
{
    public LogOptions(params string[] formats)
    {
        Formats = formats;
        Format = new Option<string>("--format", "-f")
        {
            Description = LogText.Get("Option_Format", string.Join("|", formats)),
            DefaultValueFactory = _ => formats[0],
        };
    }

    public IReadOnlyList<string> Formats { get; }

    public Argument<string> File { get; } = new("file") { Description = LogText.Get("Argument_File") };

    public Option<string> Format { get; }

    public Option<string?> Output { get; } = new("--output", "-o") { Description = LogText.Get("Option_Output") };

    public Option<string?> Secret { get; } = new("--secret") { Description = LogText.Get("Option_Secret") };

    public Option<string[]> Identifying { get; } = new("--identifying") { Description = LogText.Get("Option_Identifying") };

    public Option<string[]> Attributes { get; } = new("--attribute") { Description = LogText.Get("Option_Attribute") };

    public Option<string?> CaseColumn { get; } = new("--case") { Description = LogText.Get("Option_CaseColumn") };

    public Option<string?> ActivityColumn { get; } = new("--activity") { Description = LogText.Get("Option_ActivityColumn") };

    public Option<string?> TimeColumn { get; } = new("--time") { Description = LogText.Get("Option_TimeColumn") };

    public Option<string?> StartColumn { get; } = new("--start-time") { Description = LogText.Get("Option_StartColumn") };

    public Option<string?> OrganizationColumn { get; } = new("--organisation", "--organization") { Description = LogText.Get("Option_OrganizationColumn") };

    public Option<string?> ResourceColumn { get; } = new("--resource") { Description = LogText.Get("Option_ResourceColumn") };

    public Option<string?> ObjectType { get; } = new("--object-type") { Description = LogText.Get("Option_ObjectType") };

    public Option<string?> TimeZone { get; } = new("--timezone") { Description = LogText.Get("Option_TimeZone") };

    public Option<string?> From { get; } = new("--from") { Description = LogText.Get("Option_From") };

    public Option<string?> To { get; } = new("--to") { Description = LogText.Get("Option_To") };

    public Option<string> Window { get; } = new("--window") { Description = LogText.Get("Option_Window"), DefaultValueFactory = _ => "intersecting" };

    public Option<string[]> Where { get; } = new("--where") { Description = LogText.Get("Option_Where") };

    public Option<string[]> WhereNot { get; } = new("--where-not") { Description = LogText.Get("Option_WhereNot") };

    public Option<int?> TopVariants { get; } = new("--top-variants") { Description = LogText.Get("Option_TopVariants") };

    /// <summary>Adds the file argument and all shared options to <paramref name="command"/>.</summary>
    public Command AddTo(Command command)
    {
        command.Arguments.Add(File);
        foreach (var option in new Option[]
        {
            Format, Output, Secret, Identifying, Attributes, CaseColumn, ActivityColumn, TimeColumn, StartColumn,
            OrganizationColumn, ResourceColumn, ObjectType, TimeZone, From, To, Window, Where, WhereNot, TopVariants,
        })
        {
            command.Options.Add(option);
        }

        return command;
    }
}
