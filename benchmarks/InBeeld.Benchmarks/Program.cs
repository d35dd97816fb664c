using BenchmarkDotNet.Running;
using InBeeld.Benchmarks.Interchange;

// dotnet run -c Release --project benchmarks/InBeeld.Benchmarks -- --filter '*'
// (The web project's own Program class is visible here too, so this assembly is named by a benchmark type.)
BenchmarkSwitcher.FromAssembly(typeof(StudyInterchangeBenchmarks).Assembly).Run(args);
