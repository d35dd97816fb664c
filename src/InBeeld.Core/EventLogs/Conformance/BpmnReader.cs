using System.Xml.Linq;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// Turns a BPMN 2.0 process (XML) into a Petri net, the usual way (cf. Dijkman, Dumas and Ouyang,
/// "Semantics and analysis of business process models in BPMN", IST 50(12), 2008): exclusive and
/// event-based gateways and intermediate events are places (a token there chooses one way on);
/// start events share the source place (one token at the start) and end events the sink place (one
/// token at the end). Tasks are transitions labelled with their name; a parallel gateway is a silent
/// transition over all its flows; an inclusive gateway a silent transition per non-empty subset of
/// its branches (an approximation of its non-local join). A flow between two place-like elements
/// becomes a silent transition; a task with several incoming flows gets its own input place
/// (they merge exclusively). Pools with several processes are read as one net; message flows,
/// lanes, data and the diagram are ignored; expanded sub-processes, boundary events and complex
/// gateways are refused with a message.
/// </summary>
public static class BpmnReader
{
    public const int MaxInclusiveBranches = 8;

    private static readonly HashSet<string> Tasks =
        ["task", "userTask", "serviceTask", "sendTask", "receiveTask", "manualTask", "scriptTask", "businessRuleTask", "callActivity", "subProcess"];

    private static readonly HashSet<string> PassThrough = ["exclusiveGateway", "eventBasedGateway", "intermediateCatchEvent", "intermediateThrowEvent"];

    private static readonly HashSet<string> Unsupported = ["complexGateway", "boundaryEvent", "transaction", "adHocSubProcess"];

    public static PetriNet ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    public static PetriNet Read(Stream stream, string sourceName)
    {
        var document = ModelXml.Load(stream, sourceName);
        var processes = document.Descendants().Where(e => e.Name.LocalName == "process").ToList();
        if (processes.Count == 0)
        {
            throw new InputRejectedException(ModelXml.Where(sourceName, document.Root!), EventLogText.Get("Model_NotBpmn"));
        }

        var nodes = new Dictionary<string, (string Kind, string? Name, XElement Element)>(StringComparer.Ordinal);
        var flows = new List<(string Id, string Source, string Target, XElement Element)>();
        foreach (var element in processes.SelectMany(p => p.Descendants()))
        {
            var kind = element.Name.LocalName;
            var id = (string?)element.Attribute("id") ?? string.Empty;
            if (kind == "sequenceFlow")
            {
                flows.Add((id, (string?)element.Attribute("sourceRef") ?? string.Empty, (string?)element.Attribute("targetRef") ?? string.Empty, element));
                continue;
            }

            var nested = element.Ancestors().FirstOrDefault(a => a.Name.LocalName is "subProcess" or "transaction" or "adHocSubProcess");
            if (nested is not null && (Tasks.Contains(kind) || PassThrough.Contains(kind) || kind.EndsWith("Event", StringComparison.Ordinal) || kind.EndsWith("Gateway", StringComparison.Ordinal)))
            {
                // Expanded sub-processes would need their own start and end: not supported.
                throw new InputRejectedException(ModelXml.Where(sourceName, nested), EventLogText.Get("Model_Unsupported", nested.Name.LocalName, (string?)nested.Attribute("id")));
            }

            if (Unsupported.Contains(kind))
            {
                throw new InputRejectedException(ModelXml.Where(sourceName, element), EventLogText.Get("Model_Unsupported", kind, id));
            }

            if (Tasks.Contains(kind) || PassThrough.Contains(kind) || kind is "startEvent" or "endEvent" or "parallelGateway" or "inclusiveGateway")
            {
                nodes[id] = (kind, ModelXml.CleanName((string?)element.Attribute("name")), element);
            }
        }

        foreach (var flow in flows)
        {
            foreach (var end in new[] { flow.Source, flow.Target })
            {
                if (!nodes.ContainsKey(end))
                {
                    throw new InputRejectedException(ModelXml.Where(sourceName, flow.Element), EventLogText.Get("Model_UnknownReference", flow.Id, end));
                }
            }
        }

        return new Translation(sourceName, nodes, flows).Build();
    }

    /// <summary>One translation: places for place-like elements, transitions for the others, wired by the flows.</summary>
    private sealed class Translation(
        string sourceName, Dictionary<string, (string Kind, string? Name, XElement Element)> nodes, List<(string Id, string Source, string Target, XElement Element)> flows)
    {
        private readonly PetriNetBuilder _builder = new(sourceName);
        private readonly Dictionary<string, int> _place = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _input = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _flowPlace = [];
        private readonly Dictionary<string, List<int>> _incoming = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _outgoing = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _transitions = new(StringComparer.Ordinal);
        private int _source = -1;
        private int _sink = -1;

        public PetriNet Build()
        {
            foreach (var id in nodes.Keys)
            {
                _incoming[id] = [];
                _outgoing[id] = [];
            }

            for (var f = 0; f < flows.Count; f++)
            {
                _outgoing[flows[f].Source].Add(f);
                _incoming[flows[f].Target].Add(f);
            }

            var ordered = nodes.OrderBy(n => ((System.Xml.IXmlLineInfo)n.Value.Element).LineNumber).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).ToList();
            _source = _builder.AddPlace("bron");
            _sink = _builder.AddPlace("put");
            var hasStart = false;
            var hasEnd = false;
            foreach (var id in ordered)
            {
                var kind = nodes[id].Kind;
                if (kind == "startEvent")
                {
                    _place[id] = _source;
                    hasStart = true;
                }
                else if (kind == "endEvent")
                {
                    _place[id] = _sink;
                    hasEnd = true;
                }
                else if (IsPlace(id))
                {
                    _place[id] = _builder.AddPlace(id);
                }
            }

            // Transition-like elements: their input place, then the transitions themselves.
            foreach (var id in ordered.Where(id => !_place.ContainsKey(id)))
            {
                var kind = nodes[id].Kind;
                var ins = _incoming[id];
                hasStart |= ins.Count == 0;
                hasEnd |= _outgoing[id].Count == 0;
                if (kind is "parallelGateway" or "inclusiveGateway")
                {
                    foreach (var f in ins)
                    {
                        _flowPlace[f] = _place.TryGetValue(flows[f].Source, out var from) ? from : _builder.AddPlace(flows[f].Id);
                    }
                }
                else
                {
                    _input[id] = ins.Count == 0 ? _source
                        : ins.Count == 1 && _place.TryGetValue(flows[ins[0]].Source, out var only) ? only
                        : _builder.AddPlace(id + "#in");
                }
            }

            if (!hasStart)
            {
                throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Model_NoStart"));
            }

            if (!hasEnd)
            {
                throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Model_NoEnd"));
            }

            foreach (var id in ordered.Where(id => !_place.ContainsKey(id)))
            {
                var (kind, name, element) = nodes[id];
                var outs = _outgoing[id].Select(Target).DefaultIfEmpty(_sink).ToList();
                switch (kind)
                {
                    case "parallelGateway":
                        Connect(_builder.AddTransition(id, null), _incoming[id].Select(f => _flowPlace[f]).DefaultIfEmpty(_source).ToList(), outs);
                        break;
                    case "inclusiveGateway":
                        Inclusive(id, element, _incoming[id].Select(f => _flowPlace[f]).DefaultIfEmpty(_source).ToList(), outs);
                        break;
                    default:
                        Connect(_builder.AddTransition(id, kind.EndsWith("Event", StringComparison.Ordinal) ? null : name), [_input[id]], outs);
                        break;
                }
            }

            // Flows that leave a place-like element towards another place-like element, or into a
            // task with its own merge place, pass through a silent transition.
            for (var f = 0; f < flows.Count; f++)
            {
                var (id, source, target, _) = flows[f];
                if (!_place.TryGetValue(source, out var from))
                {
                    continue;
                }

                if (_place.TryGetValue(target, out var to))
                {
                    Connect(_builder.AddTransition(id, null), [from], [to]);
                }
                else if (_input.TryGetValue(target, out var input) && input != from)
                {
                    Connect(_builder.AddTransition(id, null), [from], [input]);
                }
            }

            _builder.SetInitial(_source, 1);
            _builder.SetFinal(_sink, 1);
            return _builder.Build();
        }

        /// <summary>Exclusive and event-based gateways, and intermediate events with at most one way out, hold a token as a place.</summary>
        private bool IsPlace(string id) => nodes[id].Kind switch
        {
            "exclusiveGateway" or "eventBasedGateway" => true,
            "intermediateCatchEvent" or "intermediateThrowEvent" => _outgoing[id].Count <= 1,
            _ => false,
        };

        /// <summary>Where a transition-like element puts its token for flow <paramref name="flow"/>.</summary>
        private int Target(int flow)
        {
            var target = flows[flow].Target;
            if (_place.TryGetValue(target, out var place))
            {
                return place;
            }

            return _flowPlace.TryGetValue(flow, out var flowPlace) ? flowPlace : _input[target];
        }

        private void Connect(int transition, List<int> inputs, List<int> outputs)
        {
            foreach (var p in inputs)
            {
                _builder.AddInput(transition, p);
            }

            foreach (var p in outputs)
            {
                _builder.AddOutput(transition, p);
            }
        }

        private void Inclusive(string id, XElement element, List<int> ins, List<int> outs)
        {
            if (ins.Count > 1 && outs.Count > 1)
            {
                throw new InputRejectedException(ModelXml.Where(sourceName, element), EventLogText.Get("Model_MixedInclusive", id));
            }

            var split = outs.Count > 1;
            var branches = split ? outs : ins;
            if (branches.Count > MaxInclusiveBranches)
            {
                throw new InputRejectedException(ModelXml.Where(sourceName, element), EventLogText.Get("Model_GatewayTooWide", id, branches.Count, MaxInclusiveBranches));
            }

            for (var subset = 1; subset < 1 << branches.Count; subset++)
            {
                var chosen = Enumerable.Range(0, branches.Count).Where(b => (subset & (1 << b)) != 0).Select(b => branches[b]).ToList();
                Connect(_builder.AddTransition($"{id}#{subset}", null), split ? ins : chosen, split ? chosen : outs);
            }
        }
    }
}
