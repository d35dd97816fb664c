namespace InBeeld.Data.Coding;

/// <summary>What a researcher fills in for a code. <see cref="ParentId"/> is only read when a code is created; moving has its own action.</summary>
public sealed record CodeInput(string? Name, string? Description = null, string? Colour = null, Guid? ParentId = null);
