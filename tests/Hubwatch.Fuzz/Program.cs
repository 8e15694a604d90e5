using Hubwatch.Fuzz;

return FuzzRunner.Run(args);
