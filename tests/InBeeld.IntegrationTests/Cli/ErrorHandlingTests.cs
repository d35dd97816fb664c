namespace InBeeld.IntegrationTests.Cli;

public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData(new string[0], "Onjuist gebruik: ")]
    [InlineData(new[] { "studies", "verwijder" }, "Onjuist gebruik: ")]
    [InlineData(new[] { "generate" }, "Onjuist gebruik: ")]
    [InlineData(new[] { "generate", "--interviews", "0" }, "--interviews moet tussen 1 en 1000000 liggen, niet 0.")]
    [InlineData(new[] { "studies", "list", "--provider", "oracle" }, "Onbekende database-soort 'oracle': kies sqlite of postgresql.")]
    public async Task WrongUsage_ExitsWithTwo_AndADutchMessage(string[] args, string message)
    {
        var result = await CliRunner.RunRawAsync(args);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldStartWith(message);
    }

    [Fact]
    public async Task DatabaseThatCannotBeReached_ExitsWithOne_WithoutStackTrace()
    {
        var result = await CliRunner.RunRawAsync(
            "studies", "list", "--provider", "postgresql", "--database", "Host=127.0.0.1;Port=1;Username=x;Password=geheim;Timeout=2");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldStartWith("De database (PostgreSql) kan niet worden geopend: ");
        result.Error.ShouldNotContain("geheim");
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task ExportToAFolderThatCannotBeWritten_ExitsWithOne()
    {
        await using var database = await InBeeld.IntegrationTests.Infrastructure.TestDatabase.CreateAsync(InBeeld.Data.Setup.DatabaseProvider.Sqlite);
        var cli = new CliRunner(database);
        await cli.RunAsync("studies", "create", "--title", "Proef");

        var result = await cli.RunAsync("export", "Proef", "-o", "/proc/inbeeld/x.json");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldStartWith("Kan '/proc/inbeeld/x.json' niet schrijven: ");
    }
}
