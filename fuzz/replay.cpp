// Replays inputs through a fuzz target without libFuzzer: the test suite runs every target on
// its corpus (which must hold inputs) and on the crash inputs kept as regressions (which may be
// none yet). A failing input aborts the run, naming the file first.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::filesystem::path> inputsIn(const std::filesystem::path &place)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_regular_file(place))
        inputs.push_back(place);
    else if (std::filesystem::is_directory(place))
        for (const auto &entry : std::filesystem::directory_iterator(place))
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
    return inputs;
}

void replay(const std::filesystem::path &input)
{
    std::fprintf(stderr, "%s\n", input.c_str());
    std::ifstream file(input, std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(file),
                                  std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS [REGRESSIONS...]\n", argv[0]);
        return 2;
    }
    size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const auto inputs = inputsIn(argv[i]);
        if (i == 1 && inputs.empty()) {
            std::fprintf(stderr, "the corpus %s holds no inputs\n", argv[1]);
            return 1;
        }
        for (const auto &input : inputs)
            replay(input);
        replayed += inputs.size();
    }
    std::printf("replayed %zu inputs\n", replayed);
    return 0;
}
