namespace InBeeld.Core.Glossary;

/// <summary>A piece of annotated text: plain (no concept) or an organisation's term with its shared concept.</summary>
public sealed record TermSegment(string Text, string? Concept, string? Organization);
