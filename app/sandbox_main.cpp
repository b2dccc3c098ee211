// Placeholder until the sandbox server lands (issue 2 point 11).
int main() { return 0; }
