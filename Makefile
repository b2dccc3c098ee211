# Thin wrapper; the real steps live in quickstart.sh and packaging/.
.PHONY: demo test build clean
demo:
	bash quickstart.sh demo
test:
	bash quickstart.sh test
build:
	cmake --preset default && cmake --build --preset default
clean:
	rm -rf build build-debug
