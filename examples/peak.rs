fn main() {
    let args: Vec<String> = std::env::args().collect();
    tandem::memory::tune_allocator();
    let req = tandem::open::PairRequest {
        te: Some(args[1].clone().into()),
        en: Some(args[2].clone().into()),
        lossy: false,
    };
    let opened = tandem::open::open_pair(&req).unwrap();
    let a = tandem::analysis::Analysis::build(&opened.docs);
    println!("{} entities {} groups", a.entities.len(), a.alignment.len());
}
