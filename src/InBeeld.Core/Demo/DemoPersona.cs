namespace InBeeld.Core.Demo;

/// <summary>
/// The demo study's composite journey and persona: the drop-out story (participants ACH-02, -12, -22
/// and -32 retell it) grouped, named and given a fictitious face. Made up entirely, like the study.
/// </summary>
public static class DemoPersona
{
    /// <summary>The participant whose interview places the group (any retelling of the drop-out arc would do).</summary>
    public const string AnchorParticipant = "ACH-02";

    /// <summary>The group's name: other features find "the demo's composite" by it.</summary>
    public const string GroupName = "Uitval op het mbo, weer gevonden door het RMC";

    public const string Name = "Sanne";
    public const int Age = 17;

    public const string Situation =
        "Woont bij haar moeder en twee broertjes. Begon aan een mbo-opleiding die vooral een vriend leuk vond, " +
        "en reisde elke dag ruim een uur met de bus.";

    public const string WhatMatters =
        "Iemand die vraagt hoe het gaat in plaats van een mail te sturen. Eén vast aanspreekpunt. " +
        "Brieven die ze begrijpt en die niet klinken als straf.";

    public const string Story =
        "Sanne miste steeds vaker lessen. Thuis was het onrustig en niemand op school vroeg waarom. " +
        "Ze kreeg een mail over haar verzuim en dacht: laat maar. Ze schreef zich uit en zat maanden thuis. " +
        "Een brief van het RMC legde ze weg, omdat ze dacht dat ze een boete kreeg. " +
        "Pas toen een trajectbegeleider aan de keukentafel kwam zitten, zonder oordeel, kwam er weer beweging.";
}
