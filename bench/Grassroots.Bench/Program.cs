// Benchmarks of the real app on this machine.
//   dotnet run -c Release --project bench/Grassroots.Bench                 start-up, memory and latency with the demo data
//   dotnet run -c Release --project bench/Grassroots.Bench -- petitions [--provider sqlite|postgres] [--letters 1000000] [--seconds 15] [--clients 16]
//                                                                          intake, queue, duplicates and statistics on a generated province
//   dotnet run -c Release --project bench/Grassroots.Bench -- consultations [--seconds 10] [--clients 64] [--comments 1000000]
//                                                                          comment intake, kill -9 mid-run, portal page at a million comments (SQLite)
return args.FirstOrDefault() switch
{
    "petitions" => await Grassroots.Bench.PetitionsBench.RunAsync(args[1..]),
    "consultations" => await Grassroots.Bench.ConsultationsBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- reports [--provider sqlite|postgres] [--runs 5]
    //                                                                          a province's consolidated six-month report and its Word export
    "reports" => await Grassroots.Bench.ReportsBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- steering [--provider sqlite|postgres] [--documents 200] [--requests 500]
    //                                                                          a province's five years of steering work, its committee's landing page, 100 issued at once
    "steering" => await Grassroots.Bench.SteeringBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- registers [--provider sqlite|postgres] [--requests 300] [--cases 20]
    //                                                                          each register's list over a 150-commune province, 5,000-name import
    "registers" => await Grassroots.Bench.RegistersBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- supervision [--provider sqlite|postgres] [--petitions 100]
    //                                                                          the recommendation tracker over a province, a voters' meeting with 300 petitions
    "supervision" => await Grassroots.Bench.SupervisionBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- onestop [--provider sqlite|postgres] [--runs 3] [--dossiers 1000000]
    //                                                                          a province-year of one-stop statistics (xlsx, csv), a million-row dossier list
    "onestop" => await Grassroots.Bench.OneStopBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- assessment [--provider sqlite|postgres]
    //                                                                          150 communes × 60 criteria: pre-filling the computed ones, the ranking
    "assessment" => await Grassroots.Bench.AssessmentBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- surveys [--seconds 10] [--clients 32]
    //                                                                          anonymous survey responses (rate, p99), kill -9 mid-run (SQLite)
    "surveys" => await Grassroots.Bench.SurveysBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- import [--runs 3]
    //                                                                          a 60 KB report without marks read, restored and extracted; model load and memory
    "import" => await Grassroots.Bench.ImportBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- outbox [--rate 500] [--seconds 20] [--queued 100000]
    //                                                                          the outbox worker to a local SMTP server: commit → send delay, a backlog across kill -9
    "outbox" => await Grassroots.Bench.OutboxBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- national [--seed 2025] [--scale 1] [--runs 3]
    //                                                                          34 provinces, 3,321 communes, five years loaded with COPY; the national report (PostgreSQL)
    "national" => await Grassroots.Bench.NationalBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- failover [--trials 3] [--clients 32] [--readers 64] [--seconds 10] [--no-replicas]
    //                                                                          on tools/ha/start.sh's formation: portal pages from a standby under letters,
    //                                                                          kill -9 of the primary under letters: time to write again, acknowledged vs stored
    "failover" => await Grassroots.Bench.FailoverBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- proxy [--provider sqlite|postgres] [--readers 64] [--letters 1000] [--seconds 10] [--cache-seconds 5]
    //                                                                          a unit's portal page through nginx (deploy/nginx) while letters arrive
    "proxy" => await Grassroots.Bench.ProxyBench.RunAsync(args[1..]),
    //   dotnet run -c Release --project bench/Grassroots.Bench -- killtrials [--provider sqlite|postgres] [--trials 3] [--clients 8] [--paths letters,comments,votes,surveys,imports,reports]
    //                                                                          kill -9 under load on every write path, restart: acknowledged writes lost (issue 19)
    "killtrials" => await Grassroots.Bench.KillTrialsBench.RunAsync(args[1..]),
    _ => await Grassroots.Bench.StartupBench.RunAsync(args),
};
