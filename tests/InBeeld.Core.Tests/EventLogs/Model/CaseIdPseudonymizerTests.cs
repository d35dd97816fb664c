using System.Text;
using InBeeld.Core.EventLogs.Privacy;

namespace InBeeld.Core.Tests.EventLogs.Model;

public sealed class CaseIdPseudonymizerTests
{
    [Fact]
    public void Pseudonymize_IsHmacSha256_CutTo128Bits()
    {
        // RFC 4231, test case 6: key = 131 bytes 0xaa, data "Test Using Larger Than Block-Size Key - Hash Key First",
        // HMAC-SHA-256 = 60e431591ee0b67f0d8a26aacbf5b77f 8e0bc6213728c5140546040f0ee37f54.
        var key = Enumerable.Repeat((byte)0xaa, 131).ToArray();
        var pseudonymizer = new CaseIdPseudonymizer(key);

        var pseudonym = pseudonymizer.Pseudonymize("Test Using Larger Than Block-Size Key - Hash Key First");

        Convert.ToHexStringLower(pseudonym.ToByteArray()).ShouldBe("60e431591ee0b67f0d8a26aacbf5b77f");
    }

    [Fact]
    public void Pseudonymize_SameIdAndSecret_GivesTheSamePseudonym_AnotherSecretAnother()
    {
        var secret = CaseIdPseudonymizer.NewSecret();
        var first = new CaseIdPseudonymizer(secret);
        var second = new CaseIdPseudonymizer(secret);
        var other = CaseIdPseudonymizer.WithRandomSecret();

        second.Pseudonymize("123456782").ShouldBe(first.Pseudonymize("123456782"));
        first.Pseudonymize(Encoding.UTF8.GetBytes("123456782")).ShouldBe(first.Pseudonymize("123456782"));
        other.Pseudonymize("123456782").ShouldNotBe(first.Pseudonymize("123456782"));
        first.Pseudonymize("123456783").ShouldNotBe(first.Pseudonymize("123456782"));
    }

    [Fact]
    public void Constructor_RefusesAShortSecret()
    {
        Should.Throw<ArgumentException>(() => new CaseIdPseudonymizer(new byte[16]));
    }
}
