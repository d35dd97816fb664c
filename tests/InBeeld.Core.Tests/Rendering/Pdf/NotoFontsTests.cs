using System.Globalization;
using InBeeld.Core.Rendering.Pdf.Fonts;

namespace InBeeld.Core.Tests.Rendering.Pdf;

public sealed class NotoFontsTests
{
    [Fact]
    public void MissingFontFile_GivesADutchMessageNamingFileAndFolder()
    {
        var folder = Directory.CreateTempSubdirectory("inbeeld-fonts-").FullName;
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
            File.Copy(Path.Combine(NotoFonts.DefaultDirectory, "NotoSans-Regular.ttf"), Path.Combine(folder, "NotoSans-Regular.ttf"));

            var error = Should.Throw<FontMissingException>(() => NotoFonts.Load(folder));

            error.Message.ShouldBe($"Het lettertype 'NotoSans-Bold.ttf' ontbreekt in de map '{folder}'. Installeer het Debian-pakket fonts-noto-core (sudo apt-get install fonts-noto-core) of wijs een map met de Noto-lettertypen aan.");
            error.Path.ShouldBe(Path.Combine(folder, "NotoSans-Bold.ttf"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_ReturnsOneSetPerFolder()
    {
        NotoFonts.Load(NotoFonts.DefaultDirectory).ShouldBeSameAs(NotoFonts.Load(NotoFonts.DefaultDirectory + "/"));
        NotoFonts.FileNames.Count.ShouldBe(12);
    }
}
