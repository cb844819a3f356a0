// Benchmarks of the real app on this machine.
//   dotnet run -c Release --project bench/Grassroots.Bench                 start-up, memory and latency with the demo data
//   dotnet run -c Release --project bench/Grassroots.Bench -- petitions [--provider sqlite|postgres] [--letters 1000000] [--seconds 15] [--clients 16]
//                                                                          intake, queue, duplicates and statistics on a generated province
return args.FirstOrDefault() == "petitions"
    ? await Grassroots.Bench.PetitionsBench.RunAsync(args[1..])
    : await Grassroots.Bench.StartupBench.RunAsync(args);
