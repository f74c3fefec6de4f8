// Placeholder until the simulator lands.
console.log("kraken simulator: not yet implemented");
