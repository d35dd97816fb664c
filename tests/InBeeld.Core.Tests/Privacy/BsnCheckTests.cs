using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

public sealed class BsnCheckTests
{
    // Weights 9 8 7 6 5 4 3 2 −1; all numbers below are constructed test numbers, not real BSNs.
    [Theory]
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 9+8+7+12+10+8+9+6−3 = 66 = 6·11
    [InlineData("111222333")]
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 2 = 9+16+21+24+25+24+21+16−2 = 154 = 14·11
    [InlineData("123456782")]
    // 9·(9+8+7+6+5+4+3+2) − 0 = 9·44 = 396 = 36·11
    [InlineData("999999990")]
    // 9·1 + 0 … 0 − 9 = 0, divisible by 11 and not all zeros
    [InlineData("100000009")]
    // eight digits, read as 012345672: 0 + 8·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 − 2 = 112−2 = 110 = 10·11
    [InlineData("12345672")]
    public void ElevenProof_AcceptsHandCheckedNumbers(string number)
    {
        BsnCheck.IsValid(number).ShouldBeTrue();
    }

    [Theory]
    // 156 − 9 = 147 = 13·11 + 4
    [InlineData("123456789")]
    // 66 − 1 (last digit 4 instead of 3) = 65 = 5·11 + 10
    [InlineData("111222334")]
    // 012345678: 112 − 8 = 104 = 9·11 + 5
    [InlineData("12345678")]
    // sum 0 is divisible by 11, but the all-zero number is no BSN
    [InlineData("000000000")]
    [InlineData("1234567")]
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    [InlineData("")]
    public void ElevenProof_RejectsOtherInput(string number)
    {
        BsnCheck.IsValid(number).ShouldBeFalse();
    }
}
