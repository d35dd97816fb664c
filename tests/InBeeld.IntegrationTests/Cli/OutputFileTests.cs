using InBeeld.Cli.Infrastructure;

namespace InBeeld.IntegrationTests.Cli;

public sealed class OutputFileTests
{
    [Theory]
    [InlineData("/dev/null", true)]
    [InlineData("/dev/stdout", true)]
    [InlineData("/proc/self/fd/1", true)]
    [InlineData(@"\\.\NUL", true)]
    [InlineData("/tmp/export.json", false)]
    [InlineData("/home/onderzoeker/dev/export.json", false)]
    public void DevicePaths_AreRecognised(string path, bool device) => OutputFile.IsDevicePath(path).ShouldBe(device);

    /// <summary>Renaming a temporary file over /dev/null once replaced the device with a regular file.</summary>
    [Fact]
    public async Task WritingToDevNull_LeavesTheDeviceInPlace()
    {
        await OutputFile.WriteAsync("/dev/null", stream => stream.WriteAsync("{}"u8.ToArray()).AsTask(), CancellationToken.None);

        (await File.ReadAllBytesAsync("/dev/null")).ShouldBeEmpty();
        Directory.GetFiles("/dev", "null.*.tmp").ShouldBeEmpty();
    }
}
