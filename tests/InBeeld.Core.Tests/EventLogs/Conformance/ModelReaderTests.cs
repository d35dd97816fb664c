using System.Text;
using InBeeld.Core.EventLogs.Conformance;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Conformance;

public sealed class ModelReaderTests
{
    [Fact]
    public void Pnml_ReadsPlacesTransitionsMarkingsAndWeights()
    {
        var net = Models.Pnml("""
            <pnml><net id="n"><page id="p">
              <place id="i"><name><text>in</text></name><initialMarking><text>2</text></initialMarking></place>
              <place id="o"/>
              <transition id="t1"><name><text>Samen</text></name></transition>
              <transition id="tau"><name><text>tau</text></name><toolspecific tool="ProM" version="6.4" activity="$invisible$"/></transition>
              <arc id="a1" source="i" target="t1"><inscription><text>2</text></inscription></arc>
              <arc id="a2" source="t1" target="o"/>
              <arc id="a3" source="o" target="tau"/><arc id="a4" source="tau" target="o"/>
            </page></net>
            <finalmarkings><marking><place idref="o"><text>1</text></place></marking></finalmarkings></pnml>
            """);

        net.Places.ShouldBe(["in", "o"]);
        net.InitialMarking.ShouldBe([2, 0]);
        net.FinalMarking.ShouldBe([0, 1]);
        net.Transitions[0].Label.ShouldBe("Samen");
        net.Transitions[0].Inputs.ShouldBe([new PetriArc(0, 2)]);
        net.Transitions[1].IsSilent.ShouldBeTrue();
        net.Labels.ShouldBe(["Samen"]);
    }

    [Fact]
    public void Pnml_WithoutFinalMarking_TakesThePlacesWithoutOutgoingArcs()
    {
        Models.Pnml(Models.N2).FinalMarking.ShouldBe([0, 0, 0, 0, 0, 1]);
    }

    [Fact]
    public void Bpmn_TasksBecomeLabelledTransitions_GatewaysSilentOrPlaces()
    {
        var parallel = Models.Bpmn(Models.Parallel);
        var loop = Models.Bpmn(Models.Loop);

        parallel.Labels.ShouldBe(["A", "B", "C", "D"]);
        parallel.Transitions.Count(t => t.IsSilent).ShouldBe(2, "split and join");
        // Loop: g2 → g1 joins two exclusive gateways (one silent transition); the merge into the end needs none.
        loop.Transitions.Count(t => t.IsSilent).ShouldBe(2);
        loop.InitialMarking.Sum().ShouldBe(1);
        loop.FinalMarking.Sum().ShouldBe(1);
    }

    [Fact]
    public void Bpmn_NamesWithLineBreaks_AreCleaned()
    {
        var net = Models.Bpmn("""
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">
              <startEvent id="s"/><task id="a" name="Toewijzing&#10;  (301)"/><endEvent id="e"/>
              <sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="e"/>
            </process></definitions>
            """);

        net.Labels.ShouldBe(["Toewijzing (301)"]);
    }

    [Theory]
    [InlineData("<definitions><process id=\"p\"><startEvent id=\"s\"/><complexGateway id=\"x\"/></process></definitions>", "Het element <complexGateway> (id 'x') wordt niet ondersteund.")]
    [InlineData("<definitions><process id=\"p\"><startEvent id=\"s\"/><endEvent id=\"e\"/><sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"zz\"/></process></definitions>", "De verbinding 'f' verwijst naar 'zz', maar dat element bestaat niet.")]
    [InlineData("<definitions><collaboration/></definitions>", "Dit is geen BPMN 2.0-model: er staat geen <process> in.")]
    [InlineData("<definitions><process id=\"p\"><task id=\"a\" name=\"A\"/><endEvent id=\"e\"/><sequenceFlow id=\"f\" sourceRef=\"a\" targetRef=\"a\"/></process></definitions>", "Het model heeft geen begin")]
    public void Bpmn_RefusesWhatItCannotRead(string xml, string message)
    {
        Should.Throw<InputRejectedException>(() => Models.Bpmn(xml)).Errors.Single().Message.ShouldStartWith(message);
    }

    [Fact]
    public void MalformedModel_NamesLineAndPosition()
    {
        var error = Should.Throw<InputRejectedException>(() => ProcessModels.Read(new MemoryStream(Encoding.UTF8.GetBytes("<definitions>\n<process>\n</definitions>")), "route.bpmn"))
            .Errors.Single();

        error.Location.ShouldBe("route.bpmn, regel 3, positie 3");
        error.Message.ShouldStartWith("Dit is geen goed gevormde XML.");
    }
}
