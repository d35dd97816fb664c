using System.CommandLine;
using System.Text;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Interchange;

namespace InBeeld.Cli.Commands.Interchange;

/// <summary><c>inbeeld schema [-o file]</c>: the JSON Schema of the study format (docs/schema/study.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output", "-o") { Description = CliText.Get("Option_SchemaOutput") };
        var command = new Command("schema", CliText.Get("Schema_Description")) { output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var text = StudySchema.ToText();
            if (result.GetValue(output) is not { } path)
            {
                await context.Output.WriteAsync(text);
                return 0;
            }

            await OutputFile.WriteAsync(path, stream => stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken).AsTask(), cancellationToken);
            context.WriteLine(CliText.Get("Schema_Done", path));
            return 0;
        });
        return command;
    }
}
