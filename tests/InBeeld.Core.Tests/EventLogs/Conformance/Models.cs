using System.Text;
using InBeeld.Core.EventLogs.Conformance;

namespace InBeeld.Core.Tests.EventLogs.Conformance;

/// <summary>Small models for conformance tests, written as PNML and BPMN text.</summary>
internal static class Models
{
    /// <summary>
    /// N2 of van der Aalst, Process Mining: Data Science in Action (2016), §8.2 (the sequential
    /// variant of the compensation-request net): start –a→ c1 –b|c→ c2 –d→ c3 –e→ c4 –g|h→ end.
    /// </summary>
    public const string N2 = """
        <pnml><net id="N2" type="http://www.pnml.org/version-2009/grammar/pnmlcoremodel"><page id="p">
          <place id="start"><initialMarking><text>1</text></initialMarking></place>
          <place id="c1"/><place id="c2"/><place id="c3"/><place id="c4"/><place id="end"/>
          <transition id="ta"><name><text>a</text></name></transition>
          <transition id="tb"><name><text>b</text></name></transition>
          <transition id="tc"><name><text>c</text></name></transition>
          <transition id="td"><name><text>d</text></name></transition>
          <transition id="te"><name><text>e</text></name></transition>
          <transition id="tg"><name><text>g</text></name></transition>
          <transition id="th"><name><text>h</text></name></transition>
          <arc id="1" source="start" target="ta"/><arc id="2" source="ta" target="c1"/>
          <arc id="3" source="c1" target="tb"/><arc id="4" source="tb" target="c2"/>
          <arc id="5" source="c1" target="tc"/><arc id="6" source="tc" target="c2"/>
          <arc id="7" source="c2" target="td"/><arc id="8" source="td" target="c3"/>
          <arc id="9" source="c3" target="te"/><arc id="10" source="te" target="c4"/>
          <arc id="11" source="c4" target="tg"/><arc id="12" source="tg" target="end"/>
          <arc id="13" source="c4" target="th"/><arc id="14" source="th" target="end"/>
        </page></net></pnml>
        """;

    /// <summary>A, then B and C in parallel, then D.</summary>
    public const string Parallel = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">
          <startEvent id="s"/><task id="a" name="A"/><parallelGateway id="split"/><task id="b" name="B"/><task id="c" name="C"/>
          <parallelGateway id="join"/><task id="d" name="D"/><endEvent id="e"/>
          <sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="split"/>
          <sequenceFlow id="f3" sourceRef="split" targetRef="b"/><sequenceFlow id="f4" sourceRef="split" targetRef="c"/>
          <sequenceFlow id="f5" sourceRef="b" targetRef="join"/><sequenceFlow id="f6" sourceRef="c" targetRef="join"/>
          <sequenceFlow id="f7" sourceRef="join" targetRef="d"/><sequenceFlow id="f8" sourceRef="d" targetRef="e"/>
        </process></definitions>
        """;

    /// <summary>
    /// A, then a choice (g1) between C (to the end) and a loop of B (g2 back to g1, or D to the end).
    /// The flow g2 → g1 joins two exclusive gateways: D is only possible after B.
    /// </summary>
    public const string Loop = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">
          <startEvent id="s"/><task id="a" name="A"/>
          <exclusiveGateway id="g1"/><task id="b" name="B"/><task id="c" name="C"/>
          <exclusiveGateway id="g2"/><task id="d" name="D"/>
          <exclusiveGateway id="merge"/><endEvent id="e"/>
          <sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="g1"/>
          <sequenceFlow id="f3" sourceRef="g1" targetRef="b"/><sequenceFlow id="f4" sourceRef="g1" targetRef="c"/>
          <sequenceFlow id="f5" sourceRef="b" targetRef="g2"/><sequenceFlow id="f6" sourceRef="g2" targetRef="g1"/>
          <sequenceFlow id="f7" sourceRef="g2" targetRef="d"/><sequenceFlow id="f8" sourceRef="d" targetRef="merge"/>
          <sequenceFlow id="f9" sourceRef="c" targetRef="merge"/><sequenceFlow id="f10" sourceRef="merge" targetRef="e"/>
        </process></definitions>
        """;

    /// <summary>A, then any non-empty combination of B and C (inclusive gateways), then D.</summary>
    public const string Inclusive = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">
          <startEvent id="s"/><task id="a" name="A"/><inclusiveGateway id="split"/><task id="b" name="B"/><task id="c" name="C"/>
          <inclusiveGateway id="join"/><task id="d" name="D"/><endEvent id="e"/>
          <sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="split"/>
          <sequenceFlow id="f3" sourceRef="split" targetRef="b"/><sequenceFlow id="f4" sourceRef="split" targetRef="c"/>
          <sequenceFlow id="f5" sourceRef="b" targetRef="join"/><sequenceFlow id="f6" sourceRef="c" targetRef="join"/>
          <sequenceFlow id="f7" sourceRef="join" targetRef="d"/><sequenceFlow id="f8" sourceRef="d" targetRef="e"/>
        </process></definitions>
        """;

    public static PetriNet Pnml(string text) => PnmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "model.pnml");

    public static PetriNet Bpmn(string text) => BpmnReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "route.bpmn");
}
